import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { CodeBody } from '../../../contract'
import { api } from '../../../lib/api'
import { putSession } from '../../../lib/session'

/** The server keeps one pending secret until it is registered: asking again returns it. */
export const totpSetupQuery = queryOptions({
  queryKey: ['setup', 'totp'],
  queryFn: () => api('totpStart', {}),
  staleTime: Number.POSITIVE_INFINITY,
})

export const useTotpSetup = () => useQuery(totpSetupQuery)

export const registerTotp = (body: CodeBody) => api('totpRegister', body)

export function useRegisterTotp() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: registerTotp,
    onSuccess: async () => {
      await putSession(queryClient, null)
      queryClient.removeQueries({ queryKey: totpSetupQuery.queryKey })
    },
  })
}
