import { useMutation } from '@tanstack/react-query'
import { api } from '../../../lib/api'
import { useAfterAction, useRefreshOnError } from './after-action'

export const unlockUser = (userId: string) => api('adminUnlock', {}, { userId })

/** Lifts a lockout before it runs out. */
export function useUnlockUser() {
  const onSuccess = useAfterAction()
  const onError = useRefreshOnError()
  return useMutation({ mutationFn: unlockUser, onSuccess, onError })
}
