import { useNavigate } from 'react-router'
import { CodeForm } from '../../../components/CodeForm'
import { Notice } from '../../../components/Notice'
import { PageHeading } from '../../../components/PageHeading'
import { ResendCode } from '../../../components/ResendCode'
import { describeError } from '../../../lib/errors'
import { useSession } from '../../../lib/session'
import { useResendLoginCode } from '../api/resend'
import { useVerifyCode } from '../api/verify'

/** S7, second screen: the code from the authenticator app, or from the mail just sent. */
export default function VerifyPage() {
  const session = useSession()
  const navigate = useNavigate()
  const verify = useVerifyCode()
  const resend = useResendLoginCode()
  if (!session) return null
  const mailUser = session.user.method === 'mail'
  return (
    <div className="narrow">
      <PageHeading caption="Step 2 of 2">Enter your verification code</PageHeading>
      {mailUser ? (
        session.mail ? (
          <p>
            We sent a 6-digit code to <strong>{session.mail.maskedEmail}</strong>. It is valid for
            10 minutes (until{' '}
            {new Date(session.mail.expiresAt).toLocaleTimeString([], {
              hour: '2-digit',
              minute: '2-digit',
            })}
            ).
          </p>
        ) : (
          <Notice tone="warning">
            <p>Your code has expired. Press "Resend code" to get a new one.</p>
          </Notice>
        )
      ) : (
        <p>
          Open your authenticator app (for example Google Authenticator) and enter the 6-digit code
          shown for Business Portal.
        </p>
      )}
      <CodeForm
        submitLabel="Verify"
        onSubmit={async (body) => {
          await verify.mutateAsync(body)
          navigate('/dashboard', { replace: true })
        }}
      />
      {mailUser ? (
        <>
          <ResendCode
            resendAt={session.mail?.resendAt ?? 0}
            pending={resend.isPending}
            onResend={() => resend.mutate()}
          />
          {resend.isSuccess ? (
            <Notice tone="success" live>
              <p>A new code was sent. The earlier code no longer works.</p>
            </Notice>
          ) : null}
          {resend.isError ? (
            <Notice tone="error" live>
              <p>{describeError(resend.error)}</p>
            </Notice>
          ) : null}
        </>
      ) : null}
    </div>
  )
}
