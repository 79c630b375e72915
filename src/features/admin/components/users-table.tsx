import type { AdminUser } from '../../../contract'
import type { ActionKind } from './actions'
import { UserActions } from './user-actions'
import { clockTime, isLocked, methodName, setupStatus } from './words'

const roleName = { general: 'General user', admin: 'Portal Admin' } as const

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
  const now = Date.now()
  return (
    <div className="table-wrap">
      <table className="users-table">
        <caption>Users of Business Portal</caption>
        <thead>
          <tr>
            <th scope="col">User ID</th>
            <th scope="col">Name</th>
            <th scope="col">Role</th>
            <th scope="col">Second method</th>
            <th scope="col">Setup status</th>
            <th scope="col">Lock state</th>
            <th scope="col">Actions</th>
          </tr>
        </thead>
        <tbody>
          {users.map((user) => (
            <tr key={user.userId}>
              <th scope="row">
                {user.userId}
                {user.userId === me ? <span className="muted"> (you)</span> : null}
              </th>
              <td data-label="Name">{user.name}</td>
              <td data-label="Role">{roleName[user.role]}</td>
              <td data-label="Second method">{methodName[user.method]}</td>
              <td data-label="Setup status">{setupStatus(user)}</td>
              <td data-label="Lock state">
                {isLocked(user, now) ? (
                  <strong className="locked">Locked until {clockTime(user.lockedUntil)}</strong>
                ) : (
                  <>
                    <span aria-hidden="true">—</span>
                    <span className="visually-hidden">Not locked</span>
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
