import { createContext, type ReactNode, use, useState } from 'react'
import { CodeForm } from '../../../components/CodeForm'
import { useLocalNavigate } from '../../../components/Link'
import { Notice } from '../../../components/Notice'
import { PageHeading } from '../../../components/PageHeading'
import { CodeExpired, ResendCode } from '../../../components/ResendCode'
import { policy } from '../../../contract/policy'
import { fill, i18n, rich, terms, timeOf, useLocale, useMessages } from '../../../i18n'
import { describeError } from '../../../lib/errors'
import { useSession } from '../../../lib/session'
import { usePassed } from '../../../lib/use-passed'
import { useInStep } from '../../../lib/use-recover'
import { useResendLoginCode } from '../api/resend'
import { useVerifyCode } from '../api/verify'

const messages = i18n('verify', {
  caption: 'Step 2 of 2',
  title: 'Enter your verification code',
  intro:
    'Your user ID and password are right. To finish logging in, enter the {codeLength}-digit verification code: the one your authenticator app shows, or the one we email to you.',
  mailSent:
    'We sent a {codeLength}-digit code to {email}. It is valid for {mailValidMinutes} minutes (until {time}).',
  app: 'Open your authenticator app (for example Google Authenticator) and enter the {codeLength}-digit code shown for Business Portal.',
  submit: 'Verify',
  restart: 'Log in again',
  attemptsLeft:
    'Your account has had failed attempts since your last login: {count} more lock it for {lockoutMinutes} minutes.',
  attemptsLeftOne:
    'Your account has had failed attempts since your last login: one more locks it for {lockoutMinutes} minutes.',
  resent: 'A new code was sent. The earlier code no longer works.',
})

// Once the step has closed (the account locked), the frame no longer asks for a code.
const CloseStep = createContext(() => {})

/**
 * What the screen shows before its session is known, and above the code's form after. Its intro
 * names both methods, the largest text painted before the scripts run (docs/perf.md, 2026-12-07).
 */
export function VerifyFrame({ children }: { children?: ReactNode }) {
  const t = useMessages(messages)
  const [closed, setClosed] = useState(false)
  return (
    <div className="narrow">
      <PageHeading caption={t.caption}>{t.title}</PageHeading>
      {closed ? null : <p>{t.intro}</p>}
      <CloseStep value={() => setClosed(true)}>{children}</CloseStep>
    </div>
  )
}

/** S7, second screen: the code from the authenticator app, or from the mail just sent. */
export function VerifyPage() {
  const t = useMessages(messages)
  const locale = useLocale()
  const session = useSession()
  const navigate = useLocalNavigate()
  const verify = useVerifyCode()
  const resend = useResendLoginCode()
  const [stopped, setStopped] = useState(false)
  const closeStep = use(CloseStep)
  // after a code is sent, its answer says how many attempts are left
  const [tried, setTried] = useState(false)
  const expired = usePassed(session?.mail?.expiresAt)
  const submit = useInStep(async (body: { code: string }) => {
    setTried(true)
    await verify.mutateAsync(body)
    navigate('/dashboard', { replace: true })
  })
  if (!session) return null
  const mailUser = session.user.method === 'mail'
  return (
    <>
      {stopped ? null : mailUser ? (
        session.mail && !expired ? (
          <p>
            {rich(t.mailSent, {
              email: <strong>{session.mail.maskedEmail}</strong>,
              time: timeOf(session.mail.expiresAt, locale),
            })}
          </p>
        ) : (
          <CodeExpired mail={session.mail} refused={verify.error} />
        )
      ) : (
        <p>{t.app}</p>
      )}
      {!tried && session.attemptsLeft < policy.lockout.failures ? (
        <Notice tone="warning">
          <p>
            {terms(
              fill(session.attemptsLeft === 1 ? t.attemptsLeftOne : t.attemptsLeft, {
                count: session.attemptsLeft,
              }),
            )}
          </p>
        </Notice>
      ) : null}
      <CodeForm
        submitLabel={t.submit}
        onSubmit={submit}
        method={session.user.method}
        restart={{ to: '/login', label: t.restart }}
        onStopped={() => {
          setStopped(true)
          closeStep()
        }}
      />
      {mailUser && !stopped ? (
        <>
          <ResendCode
            mail={session.mail}
            refused={resend.error}
            pending={resend.isPending}
            onResend={() => resend.mutate()}
          />
          {resend.isSuccess ? (
            <Notice tone="success" live>
              <p>{t.resent}</p>
            </Notice>
          ) : null}
          {resend.isError ? (
            <Notice tone="error" live>
              <p>{describeError(resend.error, locale)}</p>
            </Notice>
          ) : null}
        </>
      ) : null}
    </>
  )
}
