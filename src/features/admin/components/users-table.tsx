import type { AdminUser } from '../../../contract'
import { fill, terms, useLocale, useMessages } from '../../../i18n'
import type { ActionKind } from './actions'
import { UserActions } from './user-actions'
import { isLocked, messages, methodName, setupStatus } from './words'

/** A1: every account, its second method, how far its setup is, and whether it is locked. */
export function UsersTable({
  users,
  me,
  onAction,
}: {
  users: AdminUser[]
  me: string | undefined
  onAction: (kind: ActionKind, user: AdminUser) => void
}) {
  const t = useMessages(messages)
  const locale = useLocale()
  const now = Date.now()
  return (
    <div className="table-wrap">
      <table className="users-table">
        <caption>{t.tableCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.userId}</th>
            <th scope="col">{t.name}</th>
            <th scope="col">{t.role}</th>
            <th scope="col">{terms(t.method)}</th>
            <th scope="col">{t.status}</th>
            <th scope="col">{t.lock}</th>
            <th scope="col">{t.actions}</th>
          </tr>
        </thead>
        <tbody>
          {users.map((user) => (
            <tr key={user.userId}>
              <th scope="row">
                {user.userId}
                {user.userId === me ? <span className="muted">{t.you}</span> : null}
              </th>
              <td data-label={t.name}>{user.name}</td>
              <td data-label={t.role}>{t[user.role]}</td>
              <td data-label={t.method}>
                {user.methodChosen ? methodName[user.method] : t.notChosen}
              </td>
              <td data-label={t.status}>{terms(setupStatus(user, t))}</td>
              <td data-label={t.lock}>
                {isLocked(user, now) ? (
                  <strong className="locked">
                    {terms(fill(t.lockedUntil, { until: user.lockedUntil }, locale))}
                  </strong>
                ) : (
                  <>
                    <span aria-hidden="true">—</span>
                    <span className="visually-hidden">{t.notLocked}</span>
                  </>
                )}
              </td>
              <td className="users-table__actions">
                <UserActions user={user} now={now} onAction={onAction} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
