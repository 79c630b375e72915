import type { ReactNode } from 'react'
import { i18n, useMessages } from '../i18n'
import { useHydrated } from '../lib/use-hydrated'

const messages = i18n('submitButton', { pending: 'Please wait…' })

/**
 * Shows progress and refuses a second press while the first is under way. On a prerendered page
 * it waits for the app: before that, a press (or Enter) would send the form as a plain GET, with
 * the password in the address.
 */
export function SubmitButton({
  pending,
  children,
  pendingText,
  waitingFor,
}: {
  pending: boolean
  children: ReactNode
  pendingText?: string
  /** The id of what it waits for (TOTP setup's QR code): disabled, and described by it, until then. */
  waitingFor?: string
}) {
  const t = useMessages(messages)
  const ready = useHydrated() && !waitingFor
  return (
    <button
      type="submit"
      className="button"
      aria-disabled={pending || undefined}
      aria-describedby={waitingFor}
      disabled={pending || !ready}
    >
      {pending ? (
        <>
          <span className="spinner" aria-hidden="true" />
          {pendingText ?? t.pending}
        </>
      ) : (
        children
      )}
    </button>
  )
}
