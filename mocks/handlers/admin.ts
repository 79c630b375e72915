import { type AdminUser, endpoints, UserIdParam } from '../../src/contract'
import type { Params } from '../../src/i18n/catalog'
import { randomId } from '../crypto'
import type { AuditRecord, Db, UserRecord } from '../db'
import { type Context, endpoint } from '../http'
import { fail } from '../http-error'
import { countSuccess, isLocked } from '../lockout'
import { type MailKind, methodIn, sendMail } from '../mail'
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
export function clearSecondFactor(db: Db, user: UserRecord): void {
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

type Done = Pick<AuditRecord, 'action' | 'detail'> & { mail: [MailKind, Params] }
type AdminContext = Pick<Context<unknown>, 'db' | 'params' | 'locale' | 'now' | 'sessionId'>

/** The admin (by the session) and the general user the action is on. */
function actors({ db, params, now, sessionId }: AdminContext) {
  return { admin: requireAdmin(db, sessionId, now), user: targetOf(db, params.userId) }
}

/**
 * After an admin's action: a switch or a reset stops the old second factor at once; every
 * action is logged and mailed to the user, and answered with the user as the list shows them.
 */
function done(
  { db, locale, now }: AdminContext,
  { admin, user }: ReturnType<typeof actors>,
  { action, detail, mail }: Done,
): AdminUser {
  if (action !== 'unlock') clearSecondFactor(db, user)
  audit(db, { at: now, actor: admin.userId, target: user.userId, action, detail })
  sendMail(db, user.email, { locale, now }, ...mail)
  return view(user, now)
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
    (ctx) => {
      const who = actors(ctx)
      const { method } = who.user
      if (method === ctx.body.method) fail('wrong_step')
      who.user.method = ctx.body.method
      return done(ctx, who, {
        action: 'switch_method',
        detail: `${methodName[method]} → ${methodName[ctx.body.method]}`,
        mail: ['switched', { method: methodIn(ctx.locale, ctx.body.method) }],
      })
    },
    target,
  ),

  endpoint(
    endpoints.adminReset,
    (ctx) => {
      const who = actors(ctx)
      const { method, registered } = who.user
      // Only a registration can be reset, as User management offers it.
      if (!registered) fail('wrong_step')
      return done(ctx, who, {
        action: 'reset',
        detail: methodName[method],
        mail: ['reset', { method: methodIn(ctx.locale, method) }],
      })
    },
    target,
  ),

  endpoint(
    endpoints.adminUnlock,
    (ctx) => {
      const who = actors(ctx)
      if (!isLocked(who.user, ctx.now)) fail('wrong_step')
      countSuccess(who.user)
      return done(ctx, who, {
        action: 'unlock',
        detail: '',
        mail: ['unlocked', { userId: who.user.userId }],
      })
    },
    target,
  ),
]
