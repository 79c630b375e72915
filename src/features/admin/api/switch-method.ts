import { useMutation } from '@tanstack/react-query'
import type { Method } from '../../../contract'
import { api } from '../../../lib/api'
import { useAfterAction, useRefreshOnError } from './after-action'

export type SwitchInput = { userId: string; method: Method }

export const switchMethod = ({ userId, method }: SwitchInput) =>
  api('adminSwitch', { method }, { userId })

/** TOTP ↔ MailOTP: the old factor stops, the user's sessions end, a mail tells them. */
export function useSwitchMethod() {
  const onSuccess = useAfterAction()
  const onError = useRefreshOnError()
  return useMutation({ mutationFn: switchMethod, onSuccess, onError })
}
