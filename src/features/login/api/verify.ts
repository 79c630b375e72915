import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { CodeBody } from '../../../contract'
import { api } from '../../../lib/api'
import { putSession } from '../../../lib/session'

export const verifyCode = (body: CodeBody) => api('loginVerify', body)

export function useVerifyCode() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: verifyCode,
    onSuccess: (session) => putSession(queryClient, session, { loggedIn: true }),
  })
}
