import { useEffect, useRef, useState } from 'react'
import { Notice } from '../../../components/Notice'
import { PageHeading } from '../../../components/PageHeading'
import { describeError } from '../../../lib/errors'
import { useSession } from '../../../lib/session'
import { useUsers } from '../api/get-users'
import type { PendingAction } from './actions'
import { AuditLog } from './audit-log'
import { ConfirmDialog } from './confirm-dialog'
import { UsersTable } from './users-table'

/** A1: Portal Admin's user management — switch method, reset registration, unlock. */
export default function UsersPage() {
  const session = useSession()
  const users = useUsers()
  const [action, setAction] = useState<PendingAction | null>(null)
  const [done, setDone] = useState<{ message: string; at: number } | null>(null)
  const status = useRef<HTMLDivElement>(null)

  // When the button that opened the dialog is gone (an unlocked user has no "Unlock"),
  // focus goes to the result rather than to the top of the page.
  useEffect(() => {
    if (!done) return
    const active = document.activeElement
    if (!active || active === document.body) status.current?.focus()
  }, [done])

  return (
    <>
      <PageHeading caption="Portal Admin">User management</PageHeading>
      <p>
        For a general user you can switch the second verification method between TOTP (authenticator
        app) and MailOTP (codes by email), reset the 2-step registration so they set it up again, or
        unlock an account locked after 5 failed attempts. Every action is asked for confirmation
        first and is written to the audit log below.
      </p>
      <div role="status" className="status" tabIndex={-1} ref={status}>
        {done ? (
          <Notice tone="success">
            <p key={done.at}>{done.message}</p>
          </Notice>
        ) : null}
      </div>
      {users.isPending ? <p role="status">Loading users…</p> : null}
      {users.isError ? (
        <Notice tone="error">
          <p>{describeError(users.error)}</p>
        </Notice>
      ) : null}
      {users.data ? (
        <UsersTable
          users={users.data.users}
          me={session?.user.userId}
          onAction={(kind, user) => setAction({ kind, user })}
        />
      ) : null}
      <AuditLog />
      <ConfirmDialog
        action={action}
        onClose={() => setAction(null)}
        onDone={(message) => {
          setAction(null)
          setDone({ message, at: Date.now() })
        }}
      />
    </>
  )
}
