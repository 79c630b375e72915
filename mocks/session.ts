import type { Session, Stage } from '../src/contract'
import { durations } from '../src/contract/policy'
import { randomId } from './crypto'
import type { Db, SessionRecord, UserRecord } from './db'
import { fail } from './http-error'
import { attemptsLeft } from './lockout'
import { lastMail, maskEmail } from './mail'
import { own } from './own'
import { currentPortal } from './portal'

export const SESSION_COOKIE = 'bp_session'
/** A scenario portal's cookie lives no longer than a session, so opened scenarios do not pile up. */
const PORTAL_COOKIE_AGE_S = durations.sessionMax / 1000

/** The session cookie's name: one per portal (a scenario's iframe has its own). */
export function sessionCookie(portal = currentPortal()): string {
  return portal ? `${SESSION_COOKIE}.${portal}` : SESSION_COOKIE
}

export function setCookie(id: string): string {
  const portal = currentPortal()
  const age = portal ? ` Max-Age=${PORTAL_COOKIE_AGE_S};` : ''
  return `${sessionCookie(portal)}=${id}; Path=/;${age} SameSite=Lax`
}

export function clearCookie(): string {
  return `${sessionCookie()}=; Path=/; Max-Age=0; SameSite=Lax`
}

export function openSession(db: Db, user: UserRecord, stage: Stage, now: number): SessionRecord {
  const session = { id: randomId(), userId: user.userId, stage, createdAt: now, lastSeenAt: now }
  db.sessions[session.id] = session
  return session
}

/**
 * The same session under a new ID, the old one gone: at every change of privilege (a code
 * accepted, the password changed), so an ID seen before it holds nothing after it.
 */
export function renewSession(db: Db, session: SessionRecord, headers: Headers): SessionRecord {
  delete db.sessions[session.id]
  const renewed = { ...session, id: randomId() }
  db.sessions[renewed.id] = renewed
  headers.append('Set-Cookie', setCookie(renewed.id))
  return renewed
}

/** Ends every session of `userId` (but `keep`, when given). */
export function endSessionsOf(db: Db, userId: string, keep?: SessionRecord): void {
  for (const s of Object.values(db.sessions)) {
    if (s.userId === userId && s.id !== keep?.id) delete db.sessions[s.id]
  }
}

type Found = { session: SessionRecord; user: UserRecord }

/**
 * The session named by the cookie, within its idle time and its absolute lifetime, at one of `stages`.
 * `touch: false` reads without counting as activity (the idle timer's own poll).
 */
export function requireSession(
  db: Db,
  cookieId: string | undefined,
  stages: readonly Stage[],
  now: number,
  { touch = true } = {},
): Found {
  const session = own(db.sessions, cookieId)
  const user = session ? own(db.users, session.userId) : undefined
  if (!session || !user) fail('unauthenticated')
  if (
    now - session.lastSeenAt >= durations.idle ||
    now - session.createdAt >= durations.sessionMax
  ) {
    delete db.sessions[session.id]
    fail('session_expired')
  }
  if (!stages.includes(session.stage)) fail('wrong_step')
  if (touch) session.lastSeenAt = now
  return { session, user }
}

export function describeSession(
  db: Db,
  session: SessionRecord,
  user: UserRecord,
  now: number,
): Session {
  return {
    stage: session.stage,
    idleExpiresAt: Math.min(
      session.lastSeenAt + durations.idle,
      session.createdAt + durations.sessionMax,
    ),
    expiresAt: session.createdAt + durations.sessionMax,
    mail: lastMail(db, user, session.id, now),
    attemptsLeft: attemptsLeft(user),
    user: {
      userId: user.userId,
      name: user.name,
      role: user.role,
      method: user.method,
      methodChosen: user.methodChosen,
      maskedEmail: maskEmail(user.email),
      passwordChanged: user.passwordChanged,
      registered: user.registered,
    },
  }
}
