import { Link, useNavigate } from 'react-router'
import { Notice } from '../../../components/Notice'
import { PageHeading } from '../../../components/PageHeading'
import type { Method } from '../../../contract'
import { describeError } from '../../../lib/errors'
import { setupPath, useSession } from '../../../lib/session'
import { useChooseMethod } from '../api/choose-method'

const label: Record<Method, string> = {
  totp: 'Setting the TOTP authentication',
  mail: 'Setting the MailOTP authentication',
}

/** S4 (STEP4): the password is changed; on to the second method. Admins pick theirs here. */
export default function PasswordDonePage() {
  const session = useSession()
  const navigate = useNavigate()
  const choose = useChooseMethod()
  if (!session) return null
  const { user } = session
  const admin = user.role === 'admin'
  return (
    <div className="narrow">
      <Notice tone="success">
        <p>Your password has been changed.</p>
      </Notice>
      <PageHeading caption="STEP4 Initial setting for 2-step verification">
        Password changed
      </PageHeading>
      <p>
        From now on, use your new password. Next, set up the second step of your 2-step
        verification.
      </p>
      {admin ? (
        <>
          <p>As a Portal Admin, choose your own second verification method:</p>
          <ul>
            <li>TOTP: a 6-digit code from an authenticator app on your smartphone or tablet.</li>
            <li>MailOTP: a 6-digit code sent to your email address ({user.maskedEmail}).</li>
          </ul>
          {choose.isError ? (
            <Notice tone="error" live>
              <p>{describeError(choose.error)}</p>
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
                {label[method]}
              </button>
            ))}
          </div>
        </>
      ) : (
        <>
          <p>
            <Link className="button" to={setupPath(user)}>
              {label[user.method]}
            </Link>
          </p>
          <Notice>
            <p>
              The second verification method of a general user is set to TOTP authentication
              automatically. If you cannot use TOTP authentication because you do not have a device
              such as a smartphone or tablet, or cannot bring one where you use Business Portal, ask
              your Portal Admin to change your method to MailOTP authentication.
            </p>
          </Notice>
        </>
      )}
    </div>
  )
}
