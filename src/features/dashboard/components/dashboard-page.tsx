import { Link } from 'react-router'
import { Notice } from '../../../components/Notice'
import { PageHeading } from '../../../components/PageHeading'
import { setupPath, useSession } from '../../../lib/session'

/** S2: the portal's home. While the initial setting is open, its menu item comes first. */
export default function DashboardPage() {
  const session = useSession()
  if (!session) return null
  const { user } = session
  const inSetup = session.stage === 'setup'
  return (
    <>
      {inSetup ? (
        <nav aria-label="Setup">
          <ul className="menu">
            <li>
              <Link to={setupPath(user)}>Initial setting for 2-step verification</Link>
            </li>
          </ul>
        </nav>
      ) : null}
      <PageHeading>Dashboard</PageHeading>
      <p className="lead">Welcome, {user.name}.</p>
      {inSetup ? (
        <Notice tone="warning">
          <p>
            <strong>Set up 2-step verification now.</strong> The login with only a user ID and
            password is being retired. Choose "Initial setting for 2-step verification" at the top
            of this page: you will set a new password, then register your authenticator app or
            email.
          </p>
        </Notice>
      ) : (
        <Notice tone="success">
          <p>
            You are logged in with 2-step verification (
            {user.method === 'totp' ? 'authenticator app' : 'codes by email'}).
          </p>
        </Notice>
      )}
      {session.stage === 'full' && user.role === 'admin' ? (
        <>
          <h2>Portal Admin</h2>
          <p>
            <Link to="/admin">User management</Link>: change a user's second verification method,
            reset their 2-step registration, unlock an account.
          </p>
        </>
      ) : null}
    </>
  )
}
