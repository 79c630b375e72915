import type { MailSent } from '../src/contract'
import { randomDigits, randomId, sha256 } from './crypto'
import type { Db, UserRecord } from './db'
import { fail } from './http-error'
import { countFailure } from './lockout'

export const CODE_TTL_MS = 10 * 60 * 1000
export const RESEND_AFTER_MS = 60 * 1000

export function maskEmail(email: string): string {
  const [local = '', domain = ''] = email.split('@')
  if (local.length <= 2) return `${local.slice(0, 1)}****@${domain}`
  return `${local.slice(0, 1)}****${local.slice(-1)}@${domain}`
}

export function sendMail(db: Db, to: string, subject: string, body: string, now: number): void {
  db.mails.push({ id: randomId(8), to, subject, body, sentAt: now })
}

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
    resendAt: code.sentAt + RESEND_AFTER_MS,
  }
}

/** A new 6-digit code for this attempt; the one before it stops working. */
export async function sendCode(
  db: Db,
  user: UserRecord,
  attemptId: string,
  now: number,
): Promise<MailSent> {
  const previous = db.codes.findLast((c) => c.attemptId === attemptId)
  if (previous && now - previous.sentAt < RESEND_AFTER_MS) {
    const seconds = Math.ceil((previous.sentAt + RESEND_AFTER_MS - now) / 1000)
    fail('too_soon', { retryAfterSeconds: seconds }, { seconds })
  }
  for (const c of db.codes)
    if (c.attemptId === attemptId && c.state === 'active') c.state = 'replaced'
  const code = randomDigits(6)
  db.codes.push({
    id: randomId(8),
    userId: user.userId,
    attemptId,
    codeHash: await sha256(`${attemptId}:${code}`),
    sentAt: now,
    expiresAt: now + CODE_TTL_MS,
    state: 'active',
  })
  sendMail(
    db,
    user.email,
    `Business Portal verification code: ${code}`,
    `Your verification code is ${code}. It is valid for 10 minutes and can be used once. If you did not try to log in, tell your Portal Admin.`,
    now,
  )
  return {
    maskedEmail: maskEmail(user.email),
    expiresAt: now + CODE_TTL_MS,
    resendAt: now + RESEND_AFTER_MS,
  }
}

/** Checks a mailed code against this attempt only; every miss counts toward the lock. */
export async function redeemCode(
  db: Db,
  user: UserRecord,
  attemptId: string,
  code: string,
  now: number,
): Promise<void> {
  const hash = await sha256(`${attemptId}:${code}`)
  const match = db.codes.findLast((c) => c.attemptId === attemptId && c.codeHash === hash)
  if (match?.state === 'active' && match.expiresAt > now) {
    match.state = 'used'
    return
  }
  const left = countFailure(user, now)
  if (match?.state === 'used') fail('code_reused', left)
  if (match?.state === 'active') fail('code_expired', left)
  fail('code_invalid', left)
}
