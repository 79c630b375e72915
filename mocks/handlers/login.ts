import { endpoints, type LoginBody } from '../../src/contract'
import { policy, skewMinutes } from '../../src/contract/policy'
import { errorKey } from '../../src/i18n/catalog'
import { dummyHash, verifyPassword } from '../crypto'
import type { Db, SessionRecord, UserRecord } from '../db'
import { endpoint } from '../http'
import { fail } from '../http-error'
import { assertNotLocked, counterOf, countFailure, countSuccess } from '../lockout'
import { redeemCode, sendCode } from '../mail'
import { describeSession, openSession, renewSession, requireSession, setCookie } from '../session'
import { checkTotp } from '../totp'

/**
 * An unknown user ID gets the answers a real one with a wrong password gets, in the same order
 * (locked after 5) and in the same time (a hash is checked either way); no attempts-left count,
 * which would tell them apart. A wrong password counts toward the lock.
 */
async function checkPassword(db: Db, body: LoginBody, now: number): Promise<UserRecord> {
  const { user, counter } = counterOf(db, body.userId)
  assertNotLocked(counter, now)
  const right = await verifyPassword(body.password, user?.passwordHash ?? (await dummyHash()))
  if (!user || !right) {
    countFailure(counter, now)
    fail('invalid_credentials')
  }
  return user
}

/**
 * A wrong code: it counts toward the account's lock, and the 5th at one code step (a login's or
 * a setup's) ends that step's session, so a challenge never outlives its guesses.
 */
function wrongCode(db: Db, session: SessionRecord, user: UserRecord, now: number) {
  session.wrongCodes = (session.wrongCodes ?? 0) + 1
  const over = session.wrongCodes >= policy.codeStep.wrongCodes
  if (over) delete db.sessions[session.id]
  const left = countFailure(user, now)
  if (over) fail('challenge_over')
  return left
}

/** Checks a second-factor code for `user` at `session`'s step; TOTP codes are single use. */
export async function checkSecondFactor(
  db: Db,
  { session, user }: { session: SessionRecord; user: UserRecord },
  secret: string | undefined,
  code: string,
  now: number,
): Promise<void> {
  assertNotLocked(user, now)
  if (user.method === 'mail') {
    const result = await redeemCode(db, session.id, code, now)
    if (result === 'ok') return
    fail(result, wrongCode(db, session, user, now), {}, errorKey(result, 'mail'))
  }
  if (!secret) fail('wrong_step')
  const check = await checkTotp(secret, code, user.lastTotpStep, now)
  if (check.result === 'ok') {
    user.lastTotpStep = check.step
    return
  }
  const left = wrongCode(db, session, user, now)
  if (check.result === 'reused') fail('code_reused', left)
  if (check.result === 'skew') {
    const minutes = skewMinutes(check.skewSeconds)
    fail('clock_skew', { ...left, skewSeconds: check.skewSeconds }, { minutes })
  }
  fail('code_invalid', left)
}

const byUserId = ({ body }: { body: LoginBody }) => ({ userIds: [body.userId] })

export const loginRoutes = [
  endpoint(
    endpoints.loginOneStep,
    async ({ db, body, now, headers }) => {
      const user = await checkPassword(db, body, now)
      if (user.registered) fail('use_two_step')
      countSuccess(user)
      const session = openSession(db, user, 'setup', now)
      headers.append('Set-Cookie', setCookie(session.id))
      return describeSession(db, session, user, now)
    },
    byUserId,
  ),

  endpoint(
    endpoints.loginTwoStep,
    async ({ db, body, now, locale, headers }) => {
      const user = await checkPassword(db, body, now)
      if (!user.passwordChanged) fail('setup_required')
      // After an admin switch or reset the second method is unregistered: straight to STEP5.
      const session = openSession(db, user, user.registered ? 'challenge' : 'setup', now)
      if (session.stage === 'challenge' && user.method === 'mail') {
        try {
          await sendCode(db, user, session.id, { locale, now })
        } catch (error) {
          // No code can be mailed now (the mail limit): no session either.
          delete db.sessions[session.id]
          throw error
        }
      }
      headers.append('Set-Cookie', setCookie(session.id))
      return describeSession(db, session, user, now)
    },
    byUserId,
  ),

  endpoint(endpoints.loginVerify, async ({ db, body, now, sessionId, headers }) => {
    const found = requireSession(db, sessionId, ['challenge'], now)
    await checkSecondFactor(db, found, found.user.totpSecret ?? undefined, body.code, now)
    countSuccess(found.user)
    const session = renewSession(db, { ...found.session, stage: 'full', wrongCodes: 0 }, headers)
    return describeSession(db, session, found.user, now)
  }),

  endpoint(endpoints.loginResend, async ({ db, now, locale, sessionId }) => {
    const { session, user } = requireSession(db, sessionId, ['challenge'], now)
    if (user.method !== 'mail') fail('wrong_step')
    return sendCode(db, user, session.id, { locale, now })
  }),
]
