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

/**
 * The code mail that counts for this attempt, also once it has expired (so the screen still knows
 * when another may be sent); null before the first, and once its code is used.
 */
export function lastMail(
  db: Db,
  user: UserRecord,
  attemptId: string,
  now: number,
): MailSent | null {
  const code = db.codes.findLast((c) => c.attemptId === attemptId && c.state === 'active')
  return code ? mailSent(db, user, code, now) : null
}

/**
 * When the user may have another code mail: now, or when the oldest of the most the limit allows
 * in its window leaves that window (codes of every login and setup attempt count).
 */
function mailAllowedAt(db: Db, user: UserRecord, now: number): number {
  const sent = db.codes
    .filter((c) => c.userId === user.userId && now - c.sentAt < durations.mailWindow)
    .map((c) => c.sentAt)
    .sort((a, b) => a - b)
  const oldest = sent.at(-policy.mailCode.perUser)
  return sent.length >= policy.mailCode.perUser && oldest !== undefined
    ? oldest + durations.mailWindow
    : now
}

function mailSent(
  db: Db,
  user: UserRecord,
  code: { sentAt: number; expiresAt: number },
  now: number,
): MailSent {
  const allowedAt = mailAllowedAt(db, user, now)
  return {
    maskedEmail: maskEmail(user.email),
    expiresAt: code.expiresAt,
    resendAt: Math.max(code.sentAt + durations.resendAfter, allowedAt),
    limitReached: allowedAt > now,
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
  const allowedAt = mailAllowedAt(db, user, now)
  if (allowedAt > now) {
    const seconds = Math.ceil((allowedAt - now) / 1000)
    fail('too_many_mails', { retryAfterSeconds: seconds }, { minutes: minutesToWait(seconds) })
  }
  for (const c of db.codes)
    if (c.attemptId === attemptId && c.state === 'active') c.state = 'replaced'
  const code = randomDigits(policy.code.length)
  const record = {
    id: randomId(8),
    userId: user.userId,
    attemptId,
    codeHash: await sha256(`${attemptId}:${code}`),
    sentAt: now,
    expiresAt: now + durations.mailCodeValid,
    state: 'active' as const,
  }
  db.codes.push(record)
  sendMail(db, user.email, { locale, now }, 'code', { code })
  return mailSent(db, user, record, now)
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
