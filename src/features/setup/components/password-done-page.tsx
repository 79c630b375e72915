import type { ReactNode } from 'react'
import { useParams } from 'react-router'
import { Link, useLocalNavigate } from '../../../components/Link'
import { Notice } from '../../../components/Notice'
import { PageHeading } from '../../../components/PageHeading'
import { Method } from '../../../contract'
import { fill, i18n, terms, useLocale, useMessages } from '../../../i18n'
import { describeError } from '../../../lib/errors'
import { passwordDoneMethod, setupPath, useSession } from '../../../lib/session'
import { useChooseMethod } from '../api/choose-method'

const messages = i18n('passwordDone', {
  changed: 'Your password has been changed.',
  useIt: 'From now on, log in with your new password.',
  caption: 'STEP4 Initial setting for 2-step verification',
  title: 'Password changed',
  next: 'Next, set up the second step of 2-step verification: how you get the code you enter after your password.',
  adminChoose: 'As a Portal Admin, choose your own second verification method:',
  adminTotp:
    'TOTP: a {codeLength}-digit code from an authenticator app on your smartphone or tablet.',
  adminMail: 'MailOTP: a {codeLength}-digit code sent to your email address ({email}).',
  totp: 'Setting the TOTP authentication',
  mail: 'Setting the MailOTP authentication',
  mailNext:
    'Your second step is MailOTP authentication: each time you log in, a {codeLength}-digit code is sent to your email address.',
  noteAuto:
    'The second verification method of a general user is set to TOTP authentication automatically.',
  noteNoDevice:
    'If you cannot use TOTP authentication because you do not have a device such as a smartphone or tablet, or cannot bring one where you use Business Portal, ask your Portal Admin to change your method to MailOTP authentication.',
})

/**
 * What the screen shows before its session is known: everything but a Portal Admin's choice,
 * since a user's address names their method (`passwordDonePath`).
 */
export function PasswordDoneFrame({ children }: { children?: ReactNode }) {
  const t = useMessages(messages)
  const method = Method.safeParse(useParams().method).data
  return (
    <div className="narrow">
      <PageHeading caption={t.caption} step={4}>
        {t.title}
      </PageHeading>
      <div className="panel">
        <p>{t.changed}</p>
        <p>{t.useIt}</p>
      </div>
      <p>{t.next}</p>
      {method === 'mail' ? <p>{t.mailNext}</p> : null}
      {method ? (
        <p>
          <Link className="button" to={`/setup/${method}`}>
            {t[method]}
          </Link>
        </p>
      ) : null}
      {method === 'totp' ? (
        <Notice>
          <p>{terms(t.noteAuto)}</p>
          <p>{t.noteNoDevice}</p>
        </Notice>
      ) : null}
      {children}
    </div>
  )
}

/** S4 (STEP4), a Portal Admin's part: the password is changed; they choose their second method. */
export function PasswordDonePage() {
  const t = useMessages(messages)
  const locale = useLocale()
  const session = useSession()
  const navigate = useLocalNavigate()
  const choose = useChooseMethod()
  if (!session || passwordDoneMethod(session.user)) return null
  const { user } = session
  return (
    <>
      <p>{terms(t.adminChoose)}</p>
      <ul>
        <li>{t.adminTotp}</li>
        <li>{fill(t.adminMail, { email: user.maskedEmail })}</li>
      </ul>
      {choose.isError ? (
        <Notice tone="error" live>
          <p>{describeError(choose.error, locale)}</p>
        </Notice>
      ) : null}
      <div className="button-row">
        {(['totp', 'mail'] as const).map((method) => (
          <button
            key={method}
            type="button"
            className={method === 'totp' ? 'button' : 'button button--secondary'}
            disabled={choose.isPending}
            onClick={async () => {
              const next = await choose.mutateAsync(method).catch(() => null)
              if (next) navigate(setupPath(next.user))
            }}
          >
            {t[method]}
          </button>
        ))}
      </div>
    </>
  )
}
