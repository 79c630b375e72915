import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { Session } from '../../../contract'
import { api } from '../../../lib/api'
import { sessionQuery } from '../../../lib/session'

export const resendLoginCode = () => api('loginResend', {})

export function useResendLoginCode() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: resendLoginCode,
    onSuccess: (mail) =>
      queryClient.setQueryData<Session | null>(sessionQuery.queryKey, (s) =>
        s ? { ...s, mail } : s,
      ),
  })
}
