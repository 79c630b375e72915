import type { ReactNode } from 'react'
import { i18n, useMessages } from '../i18n'

const messages = i18n('submitButton', { pending: 'Please wait…' })

/** Shows progress and refuses a second press while the first is under way. */
export function SubmitButton({
  pending,
  children,
  pendingText,
}: {
  pending: boolean
  children: ReactNode
  pendingText?: string
}) {
  const t = useMessages(messages)
  return (
    <button
      type="submit"
      className="button"
      aria-disabled={pending || undefined}
      disabled={pending}
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
