import { Link } from '../../../components/Link'
import { PageHeading } from '../../../components/PageHeading'
import { i18n, rich, terms, useMessages } from '../../../i18n'

const messages = i18n('adminGuide', {
  caption: 'For the Portal Admin',
  title: 'The Portal Admin’s 2-step verification',
  intro:
    'As a Portal Admin you set up 2-step verification for yourself as every user does, with one choice of your own. Then you help your users in User management.',
  ownTitle: '1. Your own initial setting',
  step1: 'STEP1: log in with 1-step verification (old authentication method), as before.',
  step2: 'STEP2: on the dashboard, choose "Initial setting for 2-step verification" at the top.',
  step3: 'STEP3: set a new password that meets the rules shown.',
  step4:
    'STEP4: choose your own second method: TOTP (a code from an authenticator app on your smartphone or tablet) or MailOTP (a code sent to your email address).',
  step5:
    'STEP5: register that method with the code it gives you. From then on, log in with 2-step verification.',
  manageTitle: '2. User management',
  manageIntro:
    'Logged in with 2-step verification, open "User management" from the dashboard. For a general user you can:',
  switch:
    'switch the second method between TOTP and MailOTP: the old one stops working at once, the user is logged out and gets an email, and sets up the new one at the next login;',
  reset:
    'reset a registered 2-step verification: the registration is deleted, and the user registers again at the next login (the password stays);',
  unlock:
    'unlock an account locked after {lockoutFailures} failed attempts, before its {lockoutMinutes} minutes are over.',
  audit: 'Each action asks you to confirm it first and is written to the audit log.',
  phoneTitle: '3. A user without a smartphone or tablet',
  phone:
    'A general user gets TOTP automatically. If they have no smartphone or tablet, or cannot bring one where they use Business Portal, switch them to MailOTP in User management: their codes then come by email.',
  start: 'Start with {link}.',
  startLink: 'Log in with 1-step verification (old authentication method)',
})

/** P1: what a Portal Admin does, for anyone to read before logging in. */
export function AdminGuidePage() {
  const t = useMessages(messages)
  return (
    <div className="narrow">
      <PageHeading caption={t.caption}>{t.title}</PageHeading>
      <p>{terms(t.intro)}</p>
      <h2>{t.ownTitle}</h2>
      <ol>
        <li>{terms(t.step1)}</li>
        <li>{t.step2}</li>
        <li>{t.step3}</li>
        <li>{terms(t.step4)}</li>
        <li>{terms(t.step5)}</li>
      </ol>
      <h2>{t.manageTitle}</h2>
      <p>{t.manageIntro}</p>
      <ul>
        <li>{terms(t.switch)}</li>
        <li>{t.reset}</li>
        <li>{t.unlock}</li>
      </ul>
      <p>{t.audit}</p>
      <h2>{t.phoneTitle}</h2>
      <p>{terms(t.phone)}</p>
      <p>{rich(t.start, { link: <Link to="/login/one-step">{terms(t.startLink)}</Link> })}</p>
    </div>
  )
}
