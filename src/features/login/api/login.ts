import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { LoginBody, Session } from '../../../contract'
import { api } from '../../../lib/api'
import { putSession } from '../../../lib/session'

export type LoginKind = 'loginOneStep' | 'loginTwoStep'

export const logIn = (kind: LoginKind, body: LoginBody): Promise<Session> => api(kind, body)

export function useLogIn(kind: LoginKind) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: LoginBody) => logIn(kind, body),
    onSuccess: (session) => putSession(queryClient, session, { loggedIn: true }),
  })
}
