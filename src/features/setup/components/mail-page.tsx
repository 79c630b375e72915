import { useEffect, useRef } from 'react'
import { useNavigate } from 'react-router'
import { CodeForm } from '../../../components/CodeForm'
import { Notice } from '../../../components/Notice'
import { PageHeading } from '../../../components/PageHeading'
import { ResendCode } from '../../../components/ResendCode'
import { describeError } from '../../../lib/errors'
import { useSession } from '../../../lib/session'
import { useRegisterMail, useSendSetupCode } from '../api/mail'
import { markSetupDone } from './setup-done'

const clock = (ms: number) =>
  new Date(ms).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' })

/** S5m (STEP5, MailOTP): a code goes to the user's address; entering it registers MailOTP. */
export default function MailPage() {
  const session = useSession()
  const send = useSendSetupCode()
  const register = useRegisterMail()
  const navigate = useNavigate()
  const asked = useRef(false)
  const mail = session?.mail ?? null

  useEffect(() => {
    if (!asked.current && session && !session.mail) {
      asked.current = true
      send.mutate()
    }
  }, [session, send])

  return (
    <div className="narrow">
      <PageHeading caption="STEP5 Initial setting for 2-step verification">
        Set up codes by email
      </PageHeading>
      {mail ? (
        <p>
          We sent a 6-digit code to <strong>{mail.maskedEmail}</strong>. It is valid for 10 minutes,
          until {clock(mail.expiresAt)}. Enter it below to register MailOTP authentication.
        </p>
      ) : send.isPending ? (
        <p role="status">Sending a code to your email address…</p>
      ) : null}
      {send.isError ? (
        <Notice tone="error" live>
          <p>{describeError(send.error)}</p>
        </Notice>
      ) : null}
      <CodeForm
        submitLabel="Register"
        onSubmit={async (body) => {
          await register.mutateAsync(body)
          markSetupDone()
          navigate('/setup/complete', { replace: true })
        }}
      />
      <ResendCode
        resendAt={mail?.resendAt ?? 0}
        pending={send.isPending}
        onResend={() => send.mutate()}
      />
      {send.isSuccess && asked.current ? (
        <Notice tone="success" live>
          <p>A code was sent. Only the newest code works.</p>
        </Notice>
      ) : null}
    </div>
  )
}
