import { Link, useLocalNavigate } from '../../../components/Link'
import { PageHeading } from '../../../components/PageHeading'
import { i18n, rich, terms, useMessages } from '../../../i18n'
import { homeFor } from '../../../lib/session'
import { LoginForm } from './login-form'

const messages = i18n('twoStep', {
  caption: 'Step 1 of 2',
  title: 'Log in with 2-step verification',
  intro: 'Enter your user ID and password. Next, you will enter a verification code.',
  notSetUp: 'Not set up yet? {link} to do the initial setting.',
  link: 'Log in with 1-step verification (old authentication method)',
})

/** S7, first screen: user ID and password; the code comes next. */
export function TwoStepPage() {
  const t = useMessages(messages)
  const navigate = useLocalNavigate()
  return (
    <div className="narrow">
      <PageHeading caption={t.caption}>{t.title}</PageHeading>
      <p>{t.intro}</p>
      <LoginForm
        kind="loginTwoStep"
        onDone={(session) => navigate(homeFor(session), { replace: true })}
      />
      <p>{rich(t.notSetUp, { link: <Link to="/login/one-step">{terms(t.link)}</Link> })}</p>
    </div>
  )
}
