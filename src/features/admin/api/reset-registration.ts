import { useMutation } from '@tanstack/react-query'
import { api } from '../../../lib/api'
import { useAfterAction, useRefreshOnError } from './after-action'

export const resetRegistration = (userId: string) => api('adminReset', {}, { userId })

/** Deletes the registered second factor: the next login goes straight to STEP5. */
export function useResetRegistration() {
  const onSuccess = useAfterAction()
  const onError = useRefreshOnError()
  return useMutation({ mutationFn: resetRegistration, onSuccess, onError })
}
