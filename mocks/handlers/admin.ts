import { type AdminUser, endpoints, UserIdParam } from '../../src/contract'
import { randomId } from '../crypto'
import type { AuditRecord, Db, UserRecord } from '../db'
import { endpoint } from '../http'
import { fail } from '../http-error'
import { countSuccess, isLocked } from '../lockout'
import { methodIn, sendMail } from '../mail'
import { own } from '../own'
import { endSessionsOf, requireSession } from '../session'

const methodName = { totp: 'TOTP', mail: 'MailOTP' }

function requireAdmin(db: Db, sessionId: string | undefined, now: number): UserRecord {
  const { session, user } = requireSession(db, sessionId, ['setup', 'challenge', 'full'], now)
  if (user.role !== 'admin' || session.stage !== 'full') fail('forbidden')
  return user
}

/** Admins act on general users only; another admin's account is not theirs to change. */
function targetOf(db: Db, raw: unknown): UserRecord {
  const id = UserIdParam.safeParse(raw)
  const user = id.success ? own(db.users, id.data) : undefined
  if (!user) fail('not_found')
  if (user.role !== 'general') fail('forbidden')
  return user
}

/** A lock that has run out is no lock: the list shows it as not locked. */
function view(user: UserRecord, now: number): AdminUser {
  const { userId, name, role, method, methodChosen, passwordChanged, registered } = user
  const lockedUntil = isLocked(user, now) ? user.lockedUntil : null
  return { userId, name, role, method, methodChosen, passwordChanged, registered, lockedUntil }
}

function audit(db: Db, entry: Omit<AuditRecord, 'id'>): void {
  db.audit.push({ id: randomId(8), ...entry })
}

/** The old factor stops at once: secret and codes gone, sessions (and their secrets) ended. */
function clearSecondFactor(db: Db, user: UserRecord): void {
  user.registered = false
  user.totpSecret = null
  user.lastTotpStep = null
  for (const c of db.codes)
    if (c.userId === user.userId && c.state === 'active') c.state = 'replaced'
  endSessionsOf(db, user.userId)
}

/** The admin (by the session) and the user acted on, with every session the action may end. */
const target = ({ params }: { params: Readonly<Record<string, unknown>> }) => {
  const id = UserIdParam.safeParse(params.userId)
  return { userIds: id.success ? [id.data] : [], allSessions: true }
}

export const adminRoutes = [
  endpoint(
    endpoints.adminUsers,
    ({ db, now, sessionId }) => {
      requireAdmin(db, sessionId, now)
      return { users: Object.values(db.users).map((user) => view(user, now)) }
    },
    () => ({ userIds: [], reads: ['users'] }),
  ),

  endpoint(
    endpoints.adminAudit,
    ({ db, now, sessionId }) => {
      requireAdmin(db, sessionId, now)
      return { entries: [...db.audit].reverse() }
    },
    () => ({ userIds: [], reads: ['audit'] }),
  ),

  endpoint(
    endpoints.adminSwitch,
    ({ db, body, params, locale, now, sessionId }) => {
      const admin = requireAdmin(db, sessionId, now)
      const user = targetOf(db, params.userId)
      if (user.method === body.method) fail('wrong_step')
      const from = user.method
      user.method = body.method
      clearSecondFactor(db, user)
      const detail = `${methodName[from]} → ${methodName[body.method]}`
      audit(db, {
        at: now,
        actor: admin.userId,
        target: user.userId,
        action: 'switch_method',
        detail,
      })
      sendMail(db, user.email, { locale, now }, 'switched', {
        method: methodIn(locale, body.method),
      })
      return view(user, now)
    },
    target,
  ),

  endpoint(
    endpoints.adminReset,
    ({ db, params, locale, now, sessionId }) => {
      const admin = requireAdmin(db, sessionId, now)
      const user = targetOf(db, params.userId)
      // Only a registration can be reset, as User management offers it.
      if (!user.registered) fail('wrong_step')
      clearSecondFactor(db, user)
      const detail = methodName[user.method]
      audit(db, { at: now, actor: admin.userId, target: user.userId, action: 'reset', detail })
      sendMail(db, user.email, { locale, now }, 'reset', { method: methodIn(locale, user.method) })
      return view(user, now)
    },
    target,
  ),

  endpoint(
    endpoints.adminUnlock,
    ({ db, params, locale, now, sessionId }) => {
      const admin = requireAdmin(db, sessionId, now)
      const user = targetOf(db, params.userId)
      if (!isLocked(user, now)) fail('wrong_step')
      countSuccess(user)
      audit(db, {
        at: now,
        actor: admin.userId,
        target: user.userId,
        action: 'unlock',
        detail: '',
      })
      sendMail(db, user.email, { locale, now }, 'unlocked', { userId: user.userId })
      return view(user, now)
    },
    target,
  ),
]
