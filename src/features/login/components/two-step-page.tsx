import { Link, useNavigate } from 'react-router'
import { PageHeading } from '../../../components/PageHeading'
import { homeFor } from '../../../lib/session'
import { LoginForm } from './login-form'

/** S7, first screen: user ID and password; the code comes next. */
export default function TwoStepPage() {
  const navigate = useNavigate()
  return (
    <div className="narrow">
      <PageHeading caption="Step 1 of 2">Log in with 2-step verification</PageHeading>
      <p>Enter your user ID and password. Next, you will enter a verification code.</p>
      <LoginForm
        kind="loginTwoStep"
        onDone={(session) => navigate(homeFor(session), { replace: true })}
      />
      <p>
        Not set up yet?{' '}
        <Link to="/login/one-step">
          Log in with 1-step verification (old authentication method)
        </Link>{' '}
        to do the initial setting.
      </p>
    </div>
  )
}
