import { useEffect, useState } from 'react'
import type { MailSent } from '../contract'
import { minutesToWait } from '../contract/policy'
import { fill, i18n, terms, useMessages } from '../i18n'
import { ApiError } from '../lib/api'
import { usePassed } from '../lib/use-passed'
import { Notice } from './Notice'

const messages = i18n('resendCode', {
  resend: 'Resend code',
  wait: 'You can ask for a new code in {seconds} s.',
  waitMinutes: 'You can ask for a new code in {minutes} min.',
  limit:
    'We have sent {mailsPerWindow} codes by email in the last {mailWindowMinutes} minutes, the most we send. You can ask for a new code in {minutes} min.',
  ready: 'Did not get it? You can ask for a new code.',
  timer: 'Wait before a new code',
  nowReady: 'You can now ask for a new code.',
  expired: 'Your code has expired. Press "Resend code" to get a new one.',
  expiredWait: 'Your code has expired. When "Resend code" turns on, press it to get a new one.',
})

/**
 * Said in place of where the code went, once it has expired (also while the screen is open). At the
 * mail limit the code can expire before a new one may be sent: then it does not point at a button
 * that is off. Once the portal has refused a code as expired, the form's error says it: not again here.
 */
export function CodeExpired({
  mail,
  refused,
}: {
  mail: MailSent | null | undefined
  /** The last code's refusal, if the portal refused it. */
  refused?: unknown
}) {
  const t = useMessages(messages)
  const canResend = usePassed(mail?.resendAt ?? 0)
  if (refused instanceof ApiError && refused.body.code === 'code_expired') return null
  return (
    <Notice tone="warning" live>
      <p>{canResend ? t.expired : t.expiredWait}</p>
    </Notice>
  )
}

/** The wait a refused code mail names (429): a while after the last code, or the mail limit. */
function mailWait(error: unknown): { seconds: number; limit: boolean } | null {
  if (!(error instanceof ApiError)) return null
  const { code, retryAfterSeconds } = error.body
  if (retryAfterSeconds === undefined || !['too_soon', 'too_many_mails'].includes(code)) return null
  return { seconds: retryAfterSeconds, limit: code === 'too_many_mails' }
}

/**
 * "Resend code", usable once the wait the server names has passed (after each code, or until the
 * mail limit lifts), with the wait and its reason shown. A refused send names its own wait; its
 * reason is in the refusal's notice, which the screen shows.
 */
export function ResendCode({
  mail,
  refused,
  pending,
  onResend,
}: {
  mail: MailSent | null | undefined
  /** The last send's error, if it failed. */
  refused: unknown
  pending: boolean
  onResend: () => void
}) {
  const t = useMessages(messages)
  const [now, setNow] = useState(() => Date.now())
  // A refusal's wait counts from when it came.
  const [refusal, setRefusal] = useState(() => ({ error: refused, at: Date.now() }))
  if (refusal.error !== refused) setRefusal({ error: refused, at: Date.now() })
  const asked = mailWait(refusal.error)
  const refusedUntil = asked ? refusal.at + asked.seconds * 1000 : 0
  const resendAt = Math.max(mail?.resendAt ?? 0, refusedUntil)
  const fromRefusal = refusedUntil > (mail?.resendAt ?? 0)
  const limit = fromRefusal ? asked?.limit : mail?.limitReached
  // A new code or refusal brings a new deadline: count from now, not from when the last wait ended.
  const [deadline, setDeadline] = useState(resendAt)
  if (deadline !== resendAt) {
    setDeadline(resendAt)
    setNow(Date.now())
  }
  const wait = Math.max(0, Math.ceil((resendAt - now) / 1000))
  useEffect(() => {
    if (wait === 0) return
    const id = setInterval(() => setNow(Date.now()), 1000)
    return () => clearInterval(id)
  }, [wait])
  return (
    <p className="button-row">
      <button
        type="button"
        className="button button--secondary"
        data-action="resend"
        disabled={wait > 0 || pending}
        aria-describedby="resend-wait"
        onClick={onResend}
      >
        {t.resend}
      </button>
      <span id="resend-wait" role="timer" aria-live="off" aria-label={t.timer}>
        {terms(
          wait === 0
            ? t.ready
            : limit
              ? // a refusal's notice above already says why
                fill(fromRefusal ? t.waitMinutes : t.limit, { minutes: minutesToWait(wait) })
              : fill(t.wait, { seconds: wait }),
        )}
      </span>
      {/* The count itself stays quiet; its end is said once. */}
      <span className="visually-hidden" aria-live="polite">
        {wait === 0 && deadline > 0 ? t.nowReady : ''}
      </span>
    </p>
  )
}
