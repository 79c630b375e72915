import { Link, Navigate } from 'react-router'
import { PageHeading } from '../../../components/PageHeading'
import { SETUP_DONE_KEY } from './setup-done'

/** S6: done. The old login's session has ended; from now on the new login applies. */
export default function CompletePage() {
  if (sessionStorage.getItem(SETUP_DONE_KEY) !== '1') return <Navigate to="/" replace />
  return (
    <div className="narrow">
      <PageHeading>Congratulations!</PageHeading>
      <p className="lead">The initial setup procedure is completed.</p>
      <p>
        You have been logged out of the old login. From now on, log in from "Log in with 2-step
        verification (new authentication method)" on the login screen, with your new password and a
        verification code.
      </p>
      <p>
        <Link className="button" to="/login">
          Log in with 2-step verification (new authentication method)
        </Link>
      </p>
    </div>
  )
}
