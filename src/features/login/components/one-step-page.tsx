import { Link, useLocalNavigate } from '../../../components/Link'
import { PageHeading } from '../../../components/PageHeading'
import { i18n, rich, terms, useMessages } from '../../../i18n'
import { homeFor } from '../../../lib/session'
import { LoginForm } from './login-form'

const messages = i18n('oneStep', {
  caption: 'Old authentication method',
  title: 'Log in with 1-step verification',
  intro: 'Enter the user ID and password you have used until now.',
  already: 'Already set up 2-step verification? {link}',
  link: 'Log in with 2-step verification (new authentication method)',
})

/** S1 (STEP1): the old login, kept only for the initial setting. */
export function OneStepPage() {
  const t = useMessages(messages)
  const navigate = useLocalNavigate()
  return (
    <div className="narrow">
      <PageHeading caption={t.caption} step={1}>
        {t.title}
      </PageHeading>
      <p>{t.intro}</p>
      <LoginForm
        kind="loginOneStep"
        onDone={(session) => navigate(homeFor(session), { replace: true })}
      />
      <p>{rich(t.already, { link: <Link to="/login">{terms(t.link)}</Link> })}</p>
    </div>
  )
}
