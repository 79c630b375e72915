import { endpoints, passwordSetNotRegistered, setupStep, withUserIdRule } from '../../src/contract'
import { hashPassword, verifyPassword } from '../crypto'
import type { Db, SessionRecord, UserRecord } from '../db'
import { type Context, codeFor, endpoint, fieldsOf } from '../http'
import { fail, ruleError } from '../http-error'
import { assertNotLocked, countFailure, countSuccess } from '../lockout'
import { methodIn, sendCode, sendMail } from '../mail'
import {
  clearCookie,
  describeSession,
  endSessionsOf,
  renewSession,
  requireSession,
} from '../session'
import { newSecret, otpauthUri } from '../totp'
import { checkSecondFactor } from './login'

type Found = { session: SessionRecord; user: UserRecord }

/** STEP5 of `method` is open when the setup's state machine says the user is there. */
function atStep5(
  db: Db,
  sessionId: string | undefined,
  now: number,
  method: 'totp' | 'mail',
): Found {
  const found = requireSession(db, sessionId, ['setup'], now)
  const { user } = found
  if (setupStep(user) !== method) fail('wrong_step')
  return found
}

function finishSetup(db: Db, { user }: Found, { headers, locale, now }: Context<unknown>) {
  user.registered = true
  countSuccess(user)
  // Every session the old login opened ends (and with them any secret they issued): from now on
  // the user logs in the new way.
  endSessionsOf(db, user.userId)
  headers.append('Set-Cookie', clearCookie())
  sendMail(db, user.email, { locale, now }, 'setupDone', {
    method: methodIn(locale, user.method),
    userId: user.userId,
  })
  return { ok: true as const }
}

/** Setup's last steps end the user's other sessions. */
const allSessions = () => ({ userIds: [], allSessions: true })

export const setupRoutes = [
  endpoint(
    endpoints.changePassword,
    async ({ db, body, now, sessionId, headers }) => {
      const { session, user } = requireSession(db, sessionId, ['setup'], now)
      if (setupStep(user) !== 'password') fail('wrong_step')
      assertNotLocked(user, now)
      const rules = withUserIdRule(user.userId).safeParse(body)
      if (!rules.success) {
        const fields = fieldsOf(rules.error)
        throw ruleError(codeFor(Object.values(fields).flat()), fields)
      }
      if (!(await verifyPassword(body.currentPassword, user.passwordHash))) {
        fail('wrong_current_password', {
          ...countFailure(user, now),
          fields: { currentPassword: ['error.wrong_current_password'] },
        })
      }
      user.passwordHash = await hashPassword(body.newPassword)
      user.passwordChanged = true
      countSuccess(user)
      // A session opened with the old password ends with it; this one goes on under a new ID.
      endSessionsOf(db, user.userId, session)
      return describeSession(db, renewSession(db, session, headers), user, now)
    },
    allSessions,
  ),

  endpoint(endpoints.chooseMethod, ({ db, body, now, sessionId }) => {
    const { session, user } = requireSession(db, sessionId, ['setup'], now)
    if (user.role !== 'admin') fail('forbidden')
    if (!passwordSetNotRegistered(user)) fail('wrong_step')
    user.method = body.method
    user.methodChosen = true
    delete session.pendingSecret
    return describeSession(db, session, user, now)
  }),

  // The secret belongs to the session that asked for it: a reload shows it again, another
  // session (another login) gets its own.
  endpoint(endpoints.totpStart, async ({ db, now, sessionId }) => {
    const { session, user } = atStep5(db, sessionId, now, 'totp')
    session.pendingSecret ??= await newSecret()
    return { secret: session.pendingSecret, uri: otpauthUri(user.userId, session.pendingSecret) }
  }),

  endpoint(
    endpoints.totpRegister,
    async (ctx) => {
      const { db, body, now, sessionId } = ctx
      const found = atStep5(db, sessionId, now, 'totp')
      const secret = found.session.pendingSecret
      if (!secret) fail('wrong_step')
      await checkSecondFactor(db, found, secret, body.code, now)
      found.user.totpSecret = secret
      return finishSetup(db, found, ctx)
    },
    allSessions,
  ),

  endpoint(endpoints.mailSend, ({ db, now, locale, sessionId }) => {
    const { session, user } = atStep5(db, sessionId, now, 'mail')
    return sendCode(db, user, session.id, { locale, now })
  }),

  endpoint(
    endpoints.mailRegister,
    async (ctx) => {
      const { db, body, now, sessionId } = ctx
      const found = atStep5(db, sessionId, now, 'mail')
      await checkSecondFactor(db, found, undefined, body.code, now)
      return finishSetup(db, found, ctx)
    },
    allSessions,
  ),
]
