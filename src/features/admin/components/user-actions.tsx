import type { AdminUser } from '../../../contract'
import { fill, rich, useMessages } from '../../../i18n'
import type { ActionKind } from './actions'
import { isLocked, messages, methodName, otherMethod } from './words'

/**
 * The buttons of one row. Each accessible name carries the user ID ("Unlock user01"); the
 * visible words stay short, in the same order.
 */
export function UserActions({
  user,
  now,
  onAction,
}: {
  user: AdminUser
  now: number
  onAction: (kind: ActionKind, user: AdminUser) => void
}) {
  const t = useMessages(messages)
  if (user.role === 'admin') {
    return <span className="muted">{t.ownSetting}</span>
  }
  const hidden = (text: string) => <span className="visually-hidden">{text}</span>
  const id = hidden(` ${user.userId}`)
  return (
    <div className="row-actions">
      <button
        type="button"
        className="button button--secondary button--small"
        data-action={`switch-${user.userId}`}
        onClick={() => onAction('switch', user)}
      >
        {/* One text run: a flex button would put its gap where the hidden ID sits. */}
        <span>{rich(t.switchTo, { id, method: methodName[otherMethod(user.method)] })}</span>
      </button>
      {/* Only a registered second step can be reset: before that there is nothing to delete. */}
      {user.registered ? (
        <button
          type="button"
          className="button button--secondary button--small"
          data-action={`reset-${user.userId}`}
          onClick={() => onAction('reset', user)}
        >
          <span>{rich(t.reset, { id: hidden(fill(t.resetOf, { id: user.userId })) })}</span>
        </button>
      ) : null}
      {isLocked(user, now) ? (
        <button
          type="button"
          className="button button--secondary button--small"
          data-action={`unlock-${user.userId}`}
          onClick={() => onAction('unlock', user)}
        >
          <span>{rich(t.unlock, { id })}</span>
        </button>
      ) : null}
    </div>
  )
}
