import { endpoints } from '../../src/contract'
import { endpoint } from '../http'
import { fail } from '../http-error'
import { currentPortal } from '../portal'
import { isScenarioName } from '../scenario-list'
import { applyScenario } from '../scenarios'
import { seedDb } from '../seed'
import { clearCookie } from '../session'
import { everything } from '../store'

/** The demo's own endpoints: its mailbox and its reset (a server serves them in demo mode). */
export const demoRoutes = [
  endpoint(
    endpoints.mailbox,
    ({ db, url }) => {
      const to = url.searchParams.get('to')
      return { mails: db.mails.filter((m) => !to || m.to === to).toReversed() }
    },
    () => ({ userIds: [], reads: ['mails'] }),
  ),

  endpoint(
    endpoints.resetDemo,
    async ({ db, headers }) => {
      Object.assign(db, await seedDb())
      headers.append('Set-Cookie', clearCookie())
      return { ok: true as const }
    },
    everything,
  ),
]

/** The mock's scenarios: in the browser only, where a tab can have a portal of its own. */
export const scenarioRoutes = [
  // Only a browsing context's own portal takes a scenario (mocks/portal.ts): the shared one,
  // with the user's own demo data, never does.
  endpoint(
    endpoints.mockScenario,
    async ({ db, body, now, locale, headers }) => {
      if (!currentPortal()) fail('forbidden')
      if (!isScenarioName(body.name)) fail('not_found')
      const plan = await applyScenario(body.name, { db, now, locale, headers })
      // No session in this state: the portal's old one goes (one Set-Cookie per answer: msw's
      // cookie store reads only the first).
      if (!headers.has('Set-Cookie')) headers.append('Set-Cookie', clearCookie())
      return plan
    },
    everything,
  ),
]
