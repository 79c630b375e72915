import { Link, useNavigate } from 'react-router'
import { PageHeading } from '../../../components/PageHeading'
import { homeFor } from '../../../lib/session'
import { LoginForm } from './login-form'

/** S1 (STEP1): the old login, kept only for the initial setting. */
export default function OneStepPage() {
  const navigate = useNavigate()
  return (
    <div className="narrow">
      <PageHeading caption="Old authentication method">Log in with 1-step verification</PageHeading>
      <p>Enter the user ID and password you have used until now.</p>
      <LoginForm
        kind="loginOneStep"
        onDone={(session) => navigate(homeFor(session), { replace: true })}
      />
      <p>
        Already set up 2-step verification?{' '}
        <Link to="/login">Log in with 2-step verification (new authentication method)</Link>
      </p>
    </div>
  )
}
