import { Notice } from '../../../components/Notice'
import { PageHeading } from '../../../components/PageHeading'
import { describeError } from '../../../lib/errors'
import { useMailbox } from '../api/mailbox'

const when = (ms: number) =>
  new Date(ms).toLocaleString([], { dateStyle: 'medium', timeStyle: 'medium' })

/** M1 (mock mode only): every mail the mock portal "sent", newest first. */
export default function MailboxPage() {
  const mailbox = useMailbox()
  return (
    <>
      <PageHeading caption="Mock portal">Mailbox</PageHeading>
      <p>
        The emails the mock portal has sent to every user, newest first. A real portal sends these
        to the users' inboxes.
      </p>
      {mailbox.isPending ? <p role="status">Loading mails…</p> : null}
      {mailbox.isError ? (
        <Notice tone="error">
          <p>{describeError(mailbox.error)}</p>
        </Notice>
      ) : null}
      {mailbox.data?.mails.length === 0 ? <p>No mails yet.</p> : null}
      <ol className="mail-list" aria-label="Mails, newest first">
        {mailbox.data?.mails.map((mail) => (
          <li key={mail.id} className="card">
            <article aria-label={mail.subject}>
              <h2 className="mail-subject">{mail.subject}</h2>
              <p className="caption">
                To {mail.to} ·{' '}
                <time dateTime={new Date(mail.sentAt).toISOString()}>{when(mail.sentAt)}</time>
              </p>
              <p>{mail.body}</p>
            </article>
          </li>
        ))}
      </ol>
    </>
  )
}
