import { Notice } from '../../../components/Notice'
import { moment, rich, useLocale, useMessages } from '../../../i18n'
import { describeError } from '../../../lib/errors'
import { useAudit } from '../api/get-audit'
import { messages } from './words'

/** Who did what to whom and when, newest first. */
export function AuditLog() {
  const t = useMessages(messages)
  const locale = useLocale()
  const audit = useAudit()
  return (
    <section aria-labelledby="audit-title">
      <h2 id="audit-title">{t.auditTitle}</h2>
      <p>{t.auditIntro}</p>
      {audit.isPending ? <p role="status">{t.auditLoading}</p> : null}
      {audit.isError ? (
        <Notice tone="error">
          <p>{describeError(audit.error, locale)}</p>
        </Notice>
      ) : null}
      {audit.data?.entries.length === 0 ? <p>{t.auditEmpty}</p> : null}
      {audit.data?.entries.length ? (
        <ol className="audit-list" aria-label={t.auditList}>
          {audit.data.entries.map((entry) => (
            <li key={entry.id}>
              <time dateTime={new Date(entry.at).toISOString()}>{moment(entry.at, locale)}</time>
              <p>
                {rich(t[`did_${entry.action}`], {
                  actor: <strong>{entry.actor}</strong>,
                  target: <strong>{entry.target}</strong>,
                  detail: entry.detail,
                })}
              </p>
            </li>
          ))}
        </ol>
      ) : null}
    </section>
  )
}
