import { Notice } from '../../../components/Notice'
import type { AuditEntry } from '../../../contract'
import { describeError } from '../../../lib/errors'
import { useAudit } from '../api/get-audit'
import { dateTime } from './words'

const did: Record<AuditEntry['action'], string> = {
  switch_method: 'switched the second method of',
  reset: 'reset the 2-step registration of',
  unlock: 'unlocked',
}

/** Who did what to whom and when, newest first. */
export function AuditLog() {
  const audit = useAudit()
  return (
    <section aria-labelledby="audit-title">
      <h2 id="audit-title">Audit log</h2>
      <p>Every action of a Portal Admin on a user, newest first.</p>
      {audit.isPending ? <p role="status">Loading the audit log…</p> : null}
      {audit.isError ? (
        <Notice tone="error">
          <p>{describeError(audit.error)}</p>
        </Notice>
      ) : null}
      {audit.data?.entries.length === 0 ? <p>No Portal Admin has changed a user yet.</p> : null}
      {audit.data?.entries.length ? (
        <ol className="audit-list" aria-label="Audit log, newest first">
          {audit.data.entries.map((entry) => (
            <li key={entry.id}>
              <time dateTime={new Date(entry.at).toISOString()}>{dateTime(entry.at)}</time>
              <p>
                <strong>{entry.actor}</strong> {did[entry.action]} <strong>{entry.target}</strong>
                {entry.action === 'unlock' ? '.' : `: ${entry.detail}`}
              </p>
            </li>
          ))}
        </ol>
      ) : null}
    </section>
  )
}
