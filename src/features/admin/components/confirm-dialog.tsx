import { useEffect, useRef, useState } from 'react'
import { Notice } from '../../../components/Notice'
import { terms, useLocale, useMessages } from '../../../i18n'
import { type Message, say } from '../../../i18n/common'
import { errorMessage } from '../../../lib/errors'
import { useResetRegistration } from '../api/reset-registration'
import { useSwitchMethod } from '../api/switch-method'
import { useUnlockUser } from '../api/unlock-user'
import { type PendingAction, wordsFor } from './actions'
import { messages, otherMethod } from './words'

/** Says what the action will do, and does it only on "Confirm". */
export function ConfirmDialog({
  action,
  onClose,
  onDone,
}: {
  action: PendingAction | null
  onClose: () => void
  onDone: (action: PendingAction) => void
}) {
  const t = useMessages(messages)
  const locale = useLocale()
  const dialog = useRef<HTMLDialogElement>(null)
  const cancel = useRef<HTMLButtonElement>(null)
  const switchMethod = useSwitchMethod()
  const reset = useResetRegistration()
  const unlock = useUnlockUser()
  const [pending, setPending] = useState(false)
  const [error, setError] = useState<Message>()

  useEffect(() => {
    const el = dialog.current
    if (!el) return
    if (action && !el.open) {
      setError(undefined)
      el.showModal()
      // The safe choice has focus: Enter by habit does nothing harmful.
      cancel.current?.focus()
    }
    if (!action && el.open) el.close()
  }, [action])

  async function confirm() {
    if (!action) return
    const { kind, user } = action
    setPending(true)
    setError(undefined)
    try {
      if (kind === 'switch') {
        await switchMethod.mutateAsync({ userId: user.userId, method: otherMethod(user.method) })
      } else if (kind === 'reset') {
        await reset.mutateAsync(user.userId)
      } else {
        await unlock.mutateAsync(user.userId)
      }
      onDone(action)
    } catch (failure) {
      setError(errorMessage(failure))
    } finally {
      setPending(false)
    }
  }

  const words = action ? wordsFor(action, t, locale) : null
  return (
    <dialog
      ref={dialog}
      className="confirm"
      aria-labelledby="confirm-title"
      aria-describedby="confirm-effects"
      onClose={onClose}
    >
      {words ? (
        <>
          <h2 id="confirm-title">{terms(words.title)}</h2>
          <div id="confirm-effects">
            <p>{t.happens}</p>
            <ul>
              {words.effects.map((effect) => (
                <li key={effect}>{terms(effect)}</li>
              ))}
            </ul>
          </div>
          {error ? (
            <Notice tone="error" live>
              <p>{terms(say(error, locale))}</p>
            </Notice>
          ) : null}
          <div className="button-row">
            <button
              type="button"
              className="button button--warning"
              disabled={pending}
              onClick={confirm}
            >
              {pending ? <span className="spinner" aria-hidden="true" /> : null}
              {terms(words.confirm)}
            </button>
            <button
              type="button"
              className="button button--secondary"
              ref={cancel}
              onClick={() => dialog.current?.close()}
            >
              {t.cancel}
            </button>
          </div>
        </>
      ) : null}
    </dialog>
  )
}
