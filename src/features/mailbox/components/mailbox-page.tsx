import { Notice } from '../../../components/Notice'
import { PageHeading } from '../../../components/PageHeading'
import { fill, i18n, moment, useLocale, useMessages } from '../../../i18n'
import { describeError } from '../../../lib/errors'
import { useMailbox } from '../api/mailbox'

const messages = i18n('mailbox', {
  caption: 'Mock portal',
  title: 'Mailbox',
  intro:
    "The emails the mock portal has sent to every user, newest first. A real portal sends these to the users' inboxes.",
  loading: 'Loading mails…',
  empty: 'No mails yet.',
  list: 'Mails, newest first',
  to: 'To {to}',
})

/** M1 (mock mode only): every mail the mock portal "sent", newest first. */
export function MailboxPage() {
  const t = useMessages(messages)
  const locale = useLocale()
  const mailbox = useMailbox()
  return (
    <>
      <PageHeading caption={t.caption}>{t.title}</PageHeading>
      <p>{t.intro}</p>
      {mailbox.isPending ? <p role="status">{t.loading}</p> : null}
      {mailbox.isError ? (
        <Notice tone="error">
          <p>{describeError(mailbox.error, locale)}</p>
        </Notice>
      ) : null}
      {mailbox.data?.mails.length === 0 ? <p>{t.empty}</p> : null}
      <ol className="mail-list" aria-label={t.list}>
        {mailbox.data?.mails.map((mail) => (
          <li key={mail.id} className="card">
            <article aria-label={mail.subject}>
              <h2 className="mail-subject">{mail.subject}</h2>
              <p className="caption">
                {fill(t.to, { to: mail.to })} ·{' '}
                <time dateTime={new Date(mail.sentAt).toISOString()}>
                  {moment(mail.sentAt, locale)}
                </time>
              </p>
              <p>{mail.body}</p>
            </article>
          </li>
        ))}
      </ol>
    </>
  )
}
