import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { CodeBody, Session } from '../../../contract'
import { api } from '../../../lib/api'
import { putSession, sessionQuery } from '../../../lib/session'

export const sendSetupCode = () => api('mailSend', {})

export function useSendSetupCode() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: sendSetupCode,
    onSuccess: (mail) =>
      queryClient.setQueryData<Session | null>(sessionQuery.queryKey, (s) =>
        s ? { ...s, mail } : s,
      ),
  })
}

export const registerMail = (body: CodeBody) => api('mailRegister', body)

export function useRegisterMail() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: registerMail,
    onSuccess: () => putSession(queryClient, null),
  })
}
