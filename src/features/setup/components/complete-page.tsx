import { Link } from '../../../components/Link'
import { PageHeading } from '../../../components/PageHeading'
import { i18n, terms, useMessages } from '../../../i18n'

const messages = i18n('complete', {
  title: 'Congratulations!',
  lead: 'The initial setup procedure is completed.',
  text: 'You have been logged out of the old login. From now on, log in from "Log in with 2-step verification (new authentication method)" on the login screen, with your new password and a verification code.',
  link: 'Log in with 2-step verification (new authentication method)',
})

/** S6: done. The old login's session has ended; from now on the new login applies. */
export function CompletePage() {
  const t = useMessages(messages)
  return (
    <div className="narrow">
      <PageHeading step={6}>{t.title}</PageHeading>
      <div className="panel">
        <p>{t.lead}</p>
      </div>
      <p>{terms(t.text)}</p>
      <p>
        <Link className="button" to="/login">
          {terms(t.link)}
        </Link>
      </p>
    </div>
  )
}
