import { Link, useSearchParams } from 'react-router'
import { Notice } from '../../../components/Notice'
import { PageHeading } from '../../../components/PageHeading'
import { mockEnabled } from '../../../lib/config'
import { homeFor, useSession } from '../../../lib/session'
import { DemoAccounts } from './demo-accounts'

const endedText: Record<string, string> = {
  idle: 'You were logged out because you did nothing for 30 minutes. Log in again to continue.',
  logout: 'You have logged out.',
  setup: 'Your initial setting is complete. From now on, log in with 2-step verification.',
}

/** S0: the new login first, the old one at the side while it is being retired. */
export function ChooserPage() {
  const [params] = useSearchParams()
  const ended = endedText[params.get('ended') ?? '']
  const session = useSession()
  return (
    <>
      <PageHeading>Log in to Business Portal</PageHeading>
      {ended ? (
        <Notice tone={params.get('ended') === 'idle' ? 'warning' : 'success'} live>
          <p>{ended}</p>
        </Notice>
      ) : null}
      {session && session.stage !== 'challenge' ? (
        <Notice>
          <p>
            You are logged in as {session.user.userId}. <Link to={homeFor(session)}>Continue</Link>
          </p>
        </Notice>
      ) : null}
      <Notice tone="warning">
        <p>
          <strong>The login screen has changed.</strong> The old login with only a user ID and
          password (1-step verification) is being retired. If you have not done so yet, use it one
          last time to set up 2-step verification.
        </p>
      </Notice>
      <div className="chooser">
        <section className="card card--main" aria-labelledby="new-login">
          <h2 id="new-login">2-step verification</h2>
          <p>Your password, then a code from your authenticator app or from an email.</p>
          <Link className="button" to="/login">
            Log in with 2-step verification (new authentication method)
          </Link>
        </section>
        <section className="card" aria-labelledby="old-login">
          <h2 id="old-login">Not set up yet?</h2>
          <p>Use the old login once to do the initial setting for 2-step verification.</p>
          <Link to="/login/one-step">
            Log in with 1-step verification (old authentication method)
          </Link>
        </section>
      </div>
      {mockEnabled ? <DemoAccounts /> : null}
    </>
  )
}
