import { endpoints, type LoginBody } from '../../src/contract'
import { verifyPassword } from '../crypto'
import type { Db, UserRecord } from '../db'
import { endpoint } from '../http'
import { fail } from '../http-error'
import { assertNotLocked, countFailure, countSuccess } from '../lockout'
import { redeemCode, sendCode } from '../mail'
import { describeSession, openSession, requireSession, setCookie } from '../session'
import { checkTotp } from '../totp'

/**
 * Unknown user and wrong password get the same answer (no attempts-left count, which would tell
 * a real user ID from an unknown one); a wrong password still counts toward the lock.
 */
async function checkPassword(db: Db, body: LoginBody, now: number): Promise<UserRecord> {
  const user = db.users[body.userId]
  if (!user) fail('invalid_credentials')
  assertNotLocked(user, now)
  if (!(await verifyPassword(body.password, user.passwordHash))) {
    countFailure(user, now)
    fail('invalid_credentials')
  }
  return user
}

/** Checks a second-factor code for `user`; TOTP codes are single use per time step. */
export async function checkSecondFactor(
  db: Db,
  user: UserRecord,
  secret: string | null,
  attemptId: string,
  code: string,
  now: number,
): Promise<void> {
  assertNotLocked(user, now)
  if (user.method === 'mail') return redeemCode(db, user, attemptId, code, now)
  if (!secret) fail('wrong_step')
  const check = await checkTotp(secret, code, user.lastTotpStep, now)
  if (check.result === 'ok') {
    user.lastTotpStep = check.step
    return
  }
  const left = countFailure(user, now)
  if (check.result === 'reused') fail('code_reused', left)
  if (check.result === 'skew') {
    const minutes = Math.max(1, Math.round(Math.abs(check.skewSeconds) / 60))
    fail('clock_skew', { ...left, skewSeconds: check.skewSeconds }, { minutes })
  }
  fail('code_invalid', left)
}

export const loginHandlers = [
  endpoint(endpoints.loginOneStep, async ({ db, body, now, headers }) => {
    const user = await checkPassword(db, body, now)
    if (user.registered) fail('use_two_step')
    countSuccess(user)
    const session = openSession(db, user, 'setup', now)
    headers.append('Set-Cookie', setCookie(session.id))
    return describeSession(db, session, user, now)
  }),

  endpoint(endpoints.loginTwoStep, async ({ db, body, now, locale, headers }) => {
    const user = await checkPassword(db, body, now)
    if (!user.passwordChanged) fail('setup_required')
    // After an admin switch or reset the second method is unregistered: straight to STEP5.
    const session = openSession(db, user, user.registered ? 'challenge' : 'setup', now)
    if (session.stage === 'challenge' && user.method === 'mail')
      await sendCode(db, user, session.id, { locale, now })
    headers.append('Set-Cookie', setCookie(session.id))
    return describeSession(db, session, user, now)
  }),

  endpoint(endpoints.loginVerify, async ({ db, body, now, sessionId }) => {
    const { session, user } = requireSession(db, sessionId, ['challenge'], now)
    await checkSecondFactor(db, user, user.totpSecret, session.id, body.code, now)
    countSuccess(user)
    session.stage = 'full'
    return describeSession(db, session, user, now)
  }),

  endpoint(endpoints.loginResend, async ({ db, now, locale, sessionId }) => {
    const { session, user } = requireSession(db, sessionId, ['challenge'], now)
    if (user.method !== 'mail') fail('wrong_step')
    return sendCode(db, user, session.id, { locale, now })
  }),
]
