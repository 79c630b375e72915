import { useSearchParams } from 'react-router'
import { Link } from '../../../components/Link'
import { Notice } from '../../../components/Notice'
import { PageHeading } from '../../../components/PageHeading'
import { dayOf, fill, i18n, rich, sentenceGap, terms, useLocale, useMessages } from '../../../i18n'
import { mockEnabled, oldLoginEndsOn } from '../../../lib/config'
import { homeFor, useSession } from '../../../lib/session'
import { useHydrated } from '../../../lib/use-hydrated'
import { DemoAccounts } from './demo-accounts'

const messages = i18n('chooser', {
  title: 'Log in to Business Portal',
  endedIdle:
    'You were logged out because you did nothing for {idleMinutes} minutes. Log in again to continue.',
  endedLogout: 'You have logged out.',
  endedSetup: 'Your initial setting is complete. From now on, log in with 2-step verification.',
  endedSession:
    'The portal has ended your session: it may have expired, your Portal Admin may have changed your 2-step verification, or your password may have been changed in another browser. Log in again to continue.',
  endedLost:
    "Your session has ended, and the portal's last answer did not reach this page. What you last sent may have been done: if you were changing your password, log in with the new one; if you were registering your second step, your initial setting may be complete, so try the 2-step login.",
  loggedIn: 'You are logged in as {userId}. {continue}',
  continue: 'Continue',
  changedTitle: 'The login screen has changed.',
  changedText:
    'The old login with only a user ID and password (1-step verification) ends on {date}. If you have not done so yet, use it one last time before then to set up 2-step verification.',
  adminGuide: 'Please see here if you are the Portal Admin user.',
  newTitle: '2-step verification',
  newText: 'Your password, then a code from your authenticator app or from an email.',
  newLink: 'Log in with 2-step verification (new authentication method)',
  oldTitle: 'Not set up yet?',
  oldText: 'Use the old login once to do the initial setting for 2-step verification.',
  oldLink: 'Log in with 1-step verification (old authentication method)',
})

const ended = {
  idle: 'endedIdle',
  logout: 'endedLogout',
  setup: 'endedSetup',
  session: 'endedSession',
  lost: 'endedLost',
} as const

function isEnded(value: string | null): value is keyof typeof ended {
  return value !== null && Object.hasOwn(ended, value)
}

/** S0: the new login first, the old one at the side while it is being retired. */
export function ChooserPage() {
  const t = useMessages(messages)
  const locale = useLocale()
  const [params] = useSearchParams()
  // The prerendered page has no query and no session: these notices come once it has hydrated.
  const hydrated = useHydrated()
  const reason = hydrated ? params.get('ended') : null
  const session = useSession()
  return (
    <>
      <PageHeading>{t.title}</PageHeading>
      {isEnded(reason) ? (
        <Notice tone={reason === 'logout' || reason === 'setup' ? 'success' : 'warning'} live>
          <p>{t[ended[reason]]}</p>
        </Notice>
      ) : null}
      {session && session.stage !== 'challenge' ? (
        <Notice>
          <p>
            {rich(t.loggedIn, {
              userId: session.user.userId,
              continue: <Link to={homeFor(session)}>{t.continue}</Link>,
            })}
          </p>
        </Notice>
      ) : null}
      <Notice tone="warning">
        <p>
          <strong>{t.changedTitle}</strong>
          {sentenceGap(locale)}
          {terms(fill(t.changedText, { date: dayOf(oldLoginEndsOn, locale) }))}
        </p>
      </Notice>
      <p>
        <Link to="/portal-admin">{t.adminGuide}</Link>
      </p>
      <div className="chooser">
        <section className="card card--main" aria-labelledby="new-login">
          <h2 id="new-login">{t.newTitle}</h2>
          <p>{t.newText}</p>
          <Link className="button" to="/login">
            {terms(t.newLink)}
          </Link>
        </section>
        <section className="card" aria-labelledby="old-login">
          <h2 id="old-login">{t.oldTitle}</h2>
          <p>{terms(t.oldText)}</p>
          <Link to="/login/one-step">{terms(t.oldLink)}</Link>
        </section>
      </div>
      {mockEnabled ? <DemoAccounts /> : null}
    </>
  )
}
