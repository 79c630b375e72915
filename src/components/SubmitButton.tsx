import type { ReactNode } from 'react'

/** Shows progress and refuses a second press while the first is under way. */
export function SubmitButton({
  pending,
  children,
  pendingText = 'Please wait…',
}: {
  pending: boolean
  children: ReactNode
  pendingText?: string
}) {
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
          {pendingText}
        </>
      ) : (
        children
      )}
    </button>
  )
}
