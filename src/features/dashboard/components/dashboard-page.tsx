import { Link } from 'react-router'
import { Notice } from '../../../components/Notice'
import { PageHeading } from '../../../components/PageHeading'
import { i18n, params, rich, useStore } from '../../../i18n'
import { setupPath, useSession } from '../../../lib/session'

const messages = i18n('dashboard', {
  setupMenu: 'Setup',
  setupLink: 'Initial setting for 2-step verification',
  title: 'Dashboard',
  welcome: params('Welcome, {name}.'),
  setupTitle: 'Set up 2-step verification now.',
  setupText:
    'The login with only a user ID and password is being retired. Choose "Initial setting for 2-step verification" at the top of this page: you will set a new password, then register your authenticator app or email.',
  loggedInTotp: 'You are logged in with 2-step verification (authenticator app).',
  loggedInMail: 'You are logged in with 2-step verification (codes by email).',
  adminTitle: 'Portal Admin',
  adminText:
    "{link}: change a user's second verification method, reset their 2-step registration, unlock an account.",
  adminLink: 'User management',
})

/** S2: the portal's home. While the initial setting is open, its menu item comes first. */
export default function DashboardPage() {
  const t = useStore(messages)
  const session = useSession()
  if (!session) return null
  const { user } = session
  const inSetup = session.stage === 'setup'
  return (
    <>
      {inSetup ? (
        <nav aria-label={t.setupMenu}>
          <ul className="menu">
            <li>
              <Link to={setupPath(user)}>{t.setupLink}</Link>
            </li>
          </ul>
        </nav>
      ) : null}
      <PageHeading>{t.title}</PageHeading>
      <p className="lead">{t.welcome({ name: user.name })}</p>
      {inSetup ? (
        <Notice tone="warning">
          <p>
            <strong>{t.setupTitle}</strong> {t.setupText}
          </p>
        </Notice>
      ) : (
        <Notice tone="success">
          <p>{user.method === 'totp' ? t.loggedInTotp : t.loggedInMail}</p>
        </Notice>
      )}
      {session.stage === 'full' && user.role === 'admin' ? (
        <>
          <h2>{t.adminTitle}</h2>
          <p>{rich(t.adminText, { link: <Link to="/admin">{t.adminLink}</Link> })}</p>
        </>
      ) : null}
    </>
  )
}
