import type { ReactNode } from 'react'
import { Link } from '../../../components/Link'
import { Notice } from '../../../components/Notice'
import { PageHeading } from '../../../components/PageHeading'
import { StepIndicator } from '../../../components/StepIndicator'
import { fill, i18n, rich, sentenceGap, terms, useLocale, useMessages } from '../../../i18n'
import { setupPath, useSession } from '../../../lib/session'

const messages = i18n('dashboard', {
  menu: 'Dashboard menu',
  setupLink: 'Initial setting for 2-step verification',
  title: 'Dashboard',
  lead: 'Business Portal protects your account with 2-step verification: your password, then a {codeLength}-digit code from an authenticator app on your smartphone or tablet, or from an email. The old login with only a user ID and password is being retired.',
  welcome: 'Welcome, {name}.',
  setupTitle: 'Set up 2-step verification now.',
  setupText:
    'Choose "Initial setting for 2-step verification" in the menu at the top of this page: you will set a new password, then register your authenticator app or email.',
  loggedInTotp: 'You are logged in with 2-step verification (authenticator app).',
  loggedInMail: 'You are logged in with 2-step verification (codes by email).',
  adminTitle: 'Portal Admin',
  adminText:
    "{link}: change a user's second verification method, reset their 2-step registration, unlock an account.",
  adminLink: 'User management',
})

/**
 * The top bar the guide puts its menu in: the setup's menu item while it is open (the guide's
 * STEP2), else how the user logged in.
 */
function DashboardTop() {
  const t = useMessages(messages)
  const session = useSession()
  if (!session) return null
  return session.stage === 'setup' ? (
    <nav aria-label={t.menu}>
      <Link className="dashboard-top__link" to={setupPath(session.user)}>
        {t.setupLink}
      </Link>
    </nav>
  ) : (
    <p className="dashboard-top__status">
      {session.user.method === 'totp' ? t.loggedInTotp : t.loggedInMail}
    </p>
  )
}

/**
 * What every user reads, before the session is known (the prerendered page) and after. The top
 * bar keeps the height of its longest content from the start and fills once the guard has let
 * the session in; what else depends on the user comes after the rest: nothing the frame shows
 * moves.
 */
export function DashboardFrame({
  children,
  admitted,
}: {
  children?: ReactNode
  admitted?: boolean
}) {
  const t = useMessages(messages)
  return (
    <>
      <div className="dashboard-top">{admitted ? <DashboardTop /> : null}</div>
      <PageHeading>{t.title}</PageHeading>
      <p>{terms(t.lead)}</p>
      {children}
    </>
  )
}

/** S2, in its frame: the portal's home. While the initial setting is open, it says what to do. */
export function DashboardPage() {
  const t = useMessages(messages)
  const locale = useLocale()
  const session = useSession()
  if (!session) return null
  const { user } = session
  const inSetup = session.stage === 'setup'
  return (
    <>
      <p className="lead">{fill(t.welcome, { name: user.name })}</p>
      {inSetup ? (
        <>
          <StepIndicator current={2} />
          <Notice tone="warning">
            <p>
              <strong>{t.setupTitle}</strong>
              {sentenceGap(locale)}
              {t.setupText}
            </p>
          </Notice>
        </>
      ) : null}
      {session.stage === 'full' && user.role === 'admin' ? (
        <>
          <h2>{t.adminTitle}</h2>
          <p>{rich(t.adminText, { link: <Link to="/admin">{t.adminLink}</Link> })}</p>
        </>
      ) : null}
    </>
  )
}
