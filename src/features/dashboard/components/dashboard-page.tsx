import { Link } from '../../../components/Link'
import { Notice } from '../../../components/Notice'
import { PageHeading } from '../../../components/PageHeading'
import { fill, i18n, rich, useMessages } from '../../../i18n'
import { setupPath, useSession } from '../../../lib/session'

const messages = i18n('dashboard', {
  setupMenu: 'Setup',
  setupLink: 'Initial setting for 2-step verification',
  title: 'Dashboard',
  welcome: 'Welcome, {name}.',
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

/** The screen before its session is known: the prerendered page and its hydration. */
export function DashboardFrame() {
  const t = useMessages(messages)
  return <PageHeading>{t.title}</PageHeading>
}

/** S2: the portal's home. While the initial setting is open, its menu item comes first. */
export function DashboardPage() {
  const t = useMessages(messages)
  const session = useSession()
  if (!session) return <DashboardFrame />
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
      <p className="lead">{fill(t.welcome, { name: user.name })}</p>
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
