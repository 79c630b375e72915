import type { AdminUser } from '../../../contract'
import type { ActionKind } from './actions'
import { isLocked, methodName, otherMethod } from './words'

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
  if (user.role === 'admin') {
    return <span className="muted">Portal Admins manage their own 2-step setting</span>
  }
  return (
    <div className="row-actions">
      <button
        type="button"
        className="button button--secondary button--small"
        onClick={() => onAction('switch', user)}
      >
        {/* One text run: a flex button would put its gap where the hidden ID sits. */}
        <span>
          Switch<span className="visually-hidden"> {user.userId}</span> to{' '}
          {methodName[otherMethod(user.method)]}
        </span>
      </button>
      <button
        type="button"
        className="button button--secondary button--small"
        onClick={() => onAction('reset', user)}
      >
        Reset 2-step registration<span className="visually-hidden"> of {user.userId}</span>
      </button>
      {isLocked(user, now) ? (
        <button
          type="button"
          className="button button--secondary button--small"
          onClick={() => onAction('unlock', user)}
        >
          Unlock<span className="visually-hidden"> {user.userId}</span>
        </button>
      ) : null}
    </div>
  )
}
