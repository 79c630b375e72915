import { type ReactNode, useEffect, useRef, useState } from 'react'
import { CodeForm } from '../../../components/CodeForm'
import { Notice } from '../../../components/Notice'
import { PageHeading } from '../../../components/PageHeading'
import { CodeExpired, ResendCode } from '../../../components/ResendCode'
import { i18n, rich, timeOf, useLocale, useMessages } from '../../../i18n'
import { describeError } from '../../../lib/errors'
import { useSession } from '../../../lib/session'
import { usePassed } from '../../../lib/use-passed'
import { useRegisterMail, useSendSetupCode } from '../api/mail'
import { useFinishSetup } from './setup-done'

const messages = i18n('mailSetup', {
  caption: 'STEP5 Initial setting for 2-step verification',
  title: 'Set up codes by email',
  intro:
    'To register MailOTP authentication, we send a {codeLength}-digit code to your email address: enter it below within {mailValidMinutes} minutes. After that, every login sends you a new code the same way.',
  sent: 'We sent the code to {email}. It is valid until {time}.',
  sending: 'Sending a code to your email address…',
  submit: 'Register',
  restart: 'Back to the login screen',
  resent: 'A new code was sent. Only the newest code works.',
})

/** What the screen shows before its session is known, and around the code's form after. */
export function MailFrame({ children }: { children?: ReactNode }) {
  const t = useMessages(messages)
  return (
    <div className="narrow">
      <PageHeading caption={t.caption} step={5}>
        {t.title}
      </PageHeading>
      <p>{t.intro}</p>
      {children}
    </div>
  )
}

/** S5m (STEP5, MailOTP): a code goes to the user's address; entering it registers MailOTP. */
export function MailPage() {
  const t = useMessages(messages)
  const locale = useLocale()
  const session = useSession()
  const send = useSendSetupCode()
  const register = useRegisterMail()
  const finish = useFinishSetup(register.mutateAsync)
  const asked = useRef(false)
  const [resent, setResent] = useState(false)
  const [stopped, setStopped] = useState(false)
  const mail = session?.mail ?? null
  const expired = usePassed(mail?.expiresAt)

  useEffect(() => {
    if (!asked.current && session && !session.mail) {
      asked.current = true
      send.mutate()
    }
  }, [session, send])

  return (
    <>
      {mail && expired ? (
        <CodeExpired mail={mail} refused={register.error} />
      ) : mail ? (
        <p>
          {rich(t.sent, {
            email: <strong>{mail.maskedEmail}</strong>,
            time: timeOf(mail.expiresAt, locale),
          })}
        </p>
      ) : send.isPending ? (
        <p role="status">{t.sending}</p>
      ) : null}
      {send.isError ? (
        <Notice tone="error" live>
          <p>{describeError(send.error, locale)}</p>
        </Notice>
      ) : null}
      {/* The form comes with the code (or with a way to ask again), so nothing moves under it. */}
      {mail || send.isError ? (
        <>
          <CodeForm
            submitLabel={t.submit}
            onSubmit={finish}
            method="mail"
            restart={{ to: '/', label: t.restart }}
            onStopped={() => setStopped(true)}
          />
          {stopped ? null : (
            <ResendCode
              mail={mail}
              refused={send.error}
              pending={send.isPending}
              onResend={() => {
                setResent(false)
                send.mutate(undefined, { onSuccess: () => setResent(true) })
              }}
            />
          )}
          {resent ? (
            <Notice tone="success" live>
              <p>{t.resent}</p>
            </Notice>
          ) : null}
        </>
      ) : null}
    </>
  )
}
