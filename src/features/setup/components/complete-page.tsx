import { Link, Navigate } from 'react-router'
import { PageHeading } from '../../../components/PageHeading'
import { i18n, useStore } from '../../../i18n'
import { SETUP_DONE_KEY } from './setup-done'

const messages = i18n('complete', {
  title: 'Congratulations!',
  lead: 'The initial setup procedure is completed.',
  text: 'You have been logged out of the old login. From now on, log in from "Log in with 2-step verification (new authentication method)" on the login screen, with your new password and a verification code.',
  link: 'Log in with 2-step verification (new authentication method)',
})

/** S6: done. The old login's session has ended; from now on the new login applies. */
export default function CompletePage() {
  const t = useStore(messages)
  if (sessionStorage.getItem(SETUP_DONE_KEY) !== '1') return <Navigate to="/" replace />
  return (
    <div className="narrow">
      <PageHeading>{t.title}</PageHeading>
      <p className="lead">{t.lead}</p>
      <p>{t.text}</p>
      <p>
        <Link className="button" to="/login">
          {t.link}
        </Link>
      </p>
    </div>
  )
}
