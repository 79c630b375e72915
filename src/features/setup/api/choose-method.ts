import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { Method } from '../../../contract'
import { api } from '../../../lib/api'
import { putSession } from '../../../lib/session'

export const chooseMethod = (method: Method) => api('chooseMethod', { method })

export function useChooseMethod() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: chooseMethod,
    onSuccess: (session) => putSession(queryClient, session),
  })
}
