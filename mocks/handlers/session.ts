import { endpoints } from '../../src/contract'
import { endpoint } from '../http'
import { own } from '../own'
import { clearCookie, describeSession, requireSession } from '../session'

const anyStage = ['setup', 'challenge', 'full'] as const

export const sessionRoutes = [
  endpoint(endpoints.session, ({ db, now, sessionId }) => {
    const { session, user } = requireSession(db, sessionId, anyStage, now, { touch: false })
    return describeSession(db, session, user, now)
  }),

  endpoint(endpoints.keepAlive, ({ db, now, sessionId }) => {
    const { session, user } = requireSession(db, sessionId, anyStage, now)
    return describeSession(db, session, user, now)
  }),

  endpoint(endpoints.logout, ({ db, sessionId, headers }) => {
    if (own(db.sessions, sessionId) && sessionId) delete db.sessions[sessionId]
    headers.append('Set-Cookie', clearCookie())
    return { ok: true as const }
  }),
]
