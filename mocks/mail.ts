import type { MailSent, Method } from '../src/contract'
import { durations, minutesToWait, policy } from '../src/contract/policy'
import type { Params } from '../src/i18n/catalog'
import type { Locale } from '../src/i18n/locale'
import { randomDigits, randomId, sha256 } from './crypto'
import type { Db, UserRecord } from './db'
import { fail } from './http-error'
import { textIn } from './messages'

export function maskEmail(email: string): string {
  const [local = '', domain = ''] = email.split('@')
  if (local.length <= 2) return `${local.slice(0, 1)}****@${domain}`
  return `${local.slice(0, 1)}****${local.slice(-1)}@${domain}`
}

export type MailKind = 'code' | 'setupDone' | 'switched' | 'reset' | 'unlocked'

/** A mail from the portal, written in the language of the request that caused it. */
export function sendMail(
  db: Db,
  to: string,
  { locale, now }: { locale: Locale; now: number },
  kind: MailKind,
  params: Params = {},
): void {
  const subject = textIn(locale, `mail.${kind}.subject`, params)
  const body = textIn(locale, `mail.${kind}.body`, params)
  db.mails.push({ id: randomId(8), to, subject, body, sentAt: now })
}

export const methodIn = (locale: Locale, method: Method) => textIn(locale, `method.${method}`)

export function activeMail(
  db: Db,
  user: UserRecord,
  attemptId: string,
  now: number,
): MailSent | null {
  const code = db.codes.findLast((c) => c.attemptId === attemptId && c.state === 'active')
  if (!code || code.expiresAt <= now) return null
  return {
    maskedEmail: maskEmail(user.email),
    expiresAt: code.expiresAt,
    resendAt: code.sentAt + durations.resendAfter,
  }
}

/** A new 6-digit code for this attempt; the one before it stops working. */
export async function sendCode(
  db: Db,
  user: UserRecord,
  attemptId: string,
  { locale, now }: { locale: Locale; now: number },
): Promise<MailSent> {
  const previous = db.codes.findLast((c) => c.attemptId === attemptId)
  if (previous && now - previous.sentAt < durations.resendAfter) {
    const seconds = Math.ceil((previous.sentAt + durations.resendAfter - now) / 1000)
    fail('too_soon', { retryAfterSeconds: seconds }, { seconds })
  }
  // A user gets so many code mails per window, over every login and setup attempt.
  const recent = db.codes.filter(
    (c) => c.userId === user.userId && now - c.sentAt < durations.mailWindow,
  )
  if (recent.length >= policy.mailCode.perUser) {
    const seconds = Math.ceil(((recent[0]?.sentAt ?? now) + durations.mailWindow - now) / 1000)
    fail('too_many_mails', { retryAfterSeconds: seconds }, { minutes: minutesToWait(seconds) })
  }
  for (const c of db.codes)
    if (c.attemptId === attemptId && c.state === 'active') c.state = 'replaced'
  const code = randomDigits(policy.code.length)
  db.codes.push({
    id: randomId(8),
    userId: user.userId,
    attemptId,
    codeHash: await sha256(`${attemptId}:${code}`),
    sentAt: now,
    expiresAt: now + durations.mailCodeValid,
    state: 'active',
  })
  sendMail(db, user.email, { locale, now }, 'code', { code })
  return {
    maskedEmail: maskEmail(user.email),
    expiresAt: now + durations.mailCodeValid,
    resendAt: now + durations.resendAfter,
  }
}

/** Checks a mailed code against this attempt only; a right one is used up. */
export async function redeemCode(
  db: Db,
  attemptId: string,
  code: string,
  now: number,
): Promise<'ok' | 'code_reused' | 'code_expired' | 'code_invalid'> {
  const hash = await sha256(`${attemptId}:${code}`)
  const match = db.codes.findLast((c) => c.attemptId === attemptId && c.codeHash === hash)
  if (match?.state === 'active' && match.expiresAt > now) {
    match.state = 'used'
    return 'ok'
  }
  if (match?.state === 'used') return 'code_reused'
  if (match?.state === 'active') return 'code_expired'
  return 'code_invalid'
}
