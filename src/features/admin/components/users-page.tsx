import { type ReactNode, useEffect, useRef, useState } from 'react'
import { Notice } from '../../../components/Notice'
import { PageHeading } from '../../../components/PageHeading'
import { terms, useLocale, useMessages } from '../../../i18n'
import { describeError } from '../../../lib/errors'
import { useSession } from '../../../lib/session'
import { useUsers } from '../api/get-users'
import { type PendingAction, wordsFor } from './actions'
import { AuditLog } from './audit-log'
import { ConfirmDialog } from './confirm-dialog'
import { UsersTable } from './users-table'
import { messages } from './words'

/** What the screen shows before its session is known, and above the list after. */
export function UsersFrame({ children }: { children?: ReactNode }) {
  const t = useMessages(messages)
  return (
    <>
      <PageHeading caption={t.caption}>{t.title}</PageHeading>
      <p>{terms(t.intro)}</p>
      {children}
    </>
  )
}

/** A1: Portal Admin's user management — switch method, reset registration, unlock. */
export function UsersPage() {
  const t = useMessages(messages)
  const locale = useLocale()
  const session = useSession()
  const users = useUsers()
  const [action, setAction] = useState<PendingAction | null>(null)
  const [done, setDone] = useState<{ action: PendingAction; at: number } | null>(null)
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
      <div role="status" className="status" tabIndex={-1} ref={status}>
        {done ? (
          <Notice tone="success">
            <p key={done.at}>{wordsFor(done.action, t, locale).done}</p>
          </Notice>
        ) : null}
      </div>
      {users.isPending ? <p role="status">{t.loading}</p> : null}
      {users.isError ? (
        <Notice tone="error">
          <p>{describeError(users.error, locale)}</p>
        </Notice>
      ) : null}
      {users.data ? (
        <UsersTable
          users={users.data.users}
          me={session?.user.userId}
          onAction={(kind, user) => setAction({ kind, user })}
        />
      ) : null}
      {/* Under the list once it is there: the list's arrival does not push it down. */}
      {users.isPending ? null : <AuditLog />}
      <ConfirmDialog
        action={action}
        onClose={() => setAction(null)}
        onDone={(finished) => {
          setAction(null)
          setDone({ action: finished, at: Date.now() })
        }}
      />
    </>
  )
}
