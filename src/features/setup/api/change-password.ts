import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { ChangePasswordBody } from '../../../contract'
import { api } from '../../../lib/api'
import { putSession } from '../../../lib/session'

export const changePassword = (body: ChangePasswordBody) => api('changePassword', body)

export function useChangePassword() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: changePassword,
    onSuccess: (session) => putSession(queryClient, session),
  })
}
