// @vitest-environment node
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { AdminUsers, AuditList, Session } from '../../src/contract'
import { resetDb } from '../browser-store'
import { PORTAL_PREFIX } from '../portal'
import { scenarios } from '../scenario-list'
import { SCENARIO_SECRET } from '../scenarios'
import { SESSION_COOKIE } from '../session'
import { totpCode } from '../totp'
import { BASE, withMockPortal } from './client'
import { T0 } from './helpers'

withMockPortal()

/** Node has no browsing context: a stand-in `window` whose name picks the portal. */
const context = { name: '' }
function inPortal(id: string | null) {
  context.name = id ? `${PORTAL_PREFIX}${id}` : ''
}

beforeEach(() => {
  vi.stubGlobal('window', context)
  inPortal(null)
  vi.useFakeTimers({ toFake: ['Date'] })
  vi.setSystemTime(T0)
})
afterEach(() => {
  vi.useRealTimers()
  vi.unstubAllGlobals()
})

type Res = { status: number; json: Record<string, unknown>; ms: number }

/** A browser tab: sends every session cookie it was given, whatever the portal named it. */
function tab(portal: string | null) {
  const jar = new Map<string, string>()
  async function call(method: string, path: string, body?: unknown): Promise<Res> {
    inPortal(portal)
    const started = performance.now()
    const response = await fetch(`${BASE}${path}`, {
      method,
      headers: {
        'content-type': 'application/json',
        cookie: [...jar].map(([k, v]) => `${k}=${v}`).join('; '),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    for (const set of response.headers.getSetCookie()) {
      const [pair = ''] = set.split(';')
      const [name = '', value = ''] = pair.split('=')
      if (/Max-Age=0/.test(set)) jar.delete(name)
      else jar.set(name, value)
    }
    return { status: response.status, json: await response.json(), ms: performance.now() - started }
  }
  return {
    jar,
    get: (path: string) => call('GET', path),
    post: (path: string, body: unknown = {}) => call('POST', path, body),
    open: (name: string) => call('POST', '/api/mock/scenario', { name }),
  }
}

describe('scenarios', () => {
  it('every listed scenario opens, in a portal of its own', async () => {
    const t = tab('gallery.abcd')
    for (const { name } of scenarios) {
      const res = await t.open(name)
      expect(res.status, `${name}: ${JSON.stringify(res.json)}`).toBe(200)
      expect(res.json.path).toMatch(/^\//)
    }
    expect(new Set(scenarios.map((s) => s.name)).size).toBe(scenarios.length)
  })

  it('an unknown name is 404, and the shared portal takes no scenario', async () => {
    expect((await tab('x.abcd').open('no-such-state')).status).toBe(404)
    const shared = await tab(null).open('two-step-locked')
    expect(shared).toMatchObject({ status: 403, json: { code: 'forbidden' } })
  })

  it('opens with the session the screen needs, under the portal’s own cookie', async () => {
    const t = tab('totp.abcd')
    await t.open('totp')
    expect([...t.jar.keys()]).toEqual([`${SESSION_COOKIE}.totp.abcd`])
    const session = await t.get('/api/session')
    expect(session.json).toMatchObject({ stage: 'setup', user: { userId: 'user01' } })
    const setup = await t.post('/api/setup/totp')
    expect(setup.json.secret).toBe(SCENARIO_SECRET)
  })

  it('idle warning: the session was last active 28½ minutes ago', async () => {
    const t = tab('idle.abcd')
    await t.open('idle-warning')
    const session = await t.get('/api/session')
    expect(session.json.idleExpiresAt).toBe(T0 + 90_000)
    vi.setSystemTime(T0 + 91_000)
    expect(await t.get('/api/session')).toMatchObject({ status: 401 })
  })

  it('locked user01: the 2-step login refuses with the lock', async () => {
    const t = tab('locked.abcd')
    await t.open('two-step-locked')
    const res = await t.post('/api/login/two-step', { userId: 'user01', password: 'welcome1' })
    expect(res).toMatchObject({ status: 423, json: { code: 'locked' } })
  })

  it('audit log: the users are as the logged actions left them', async () => {
    const t = tab('audit.abcd')
    await t.open('admin-audit')
    const { entries } = AuditList.parse((await t.get('/api/admin/audit')).json)
    const { users } = AdminUsers.parse((await t.get('/api/admin/users')).json)
    const now = (id: string) => users.find((u) => u.userId === id)
    expect(entries.length).toBeGreaterThan(0)
    for (const entry of entries) {
      const target = now(entry.target)
      if (entry.action === 'reset') expect(target?.registered).toBe(false)
      if (entry.action === 'unlock') expect(target?.lockedUntil).toBeNull()
      if (entry.action === 'switch_method')
        expect(entry.detail).toMatch(target?.method === 'mail' ? /→ MailOTP$/ : /→ TOTP$/)
    }
  })

  it('MailOTP: the code mailed 11 minutes ago has expired', async () => {
    const t = tab('mail.abcd')
    const plan = await t.open('verify-mail-expired')
    const steps = plan.json.steps as { fill?: string; value?: string }[]
    const code = steps.find((s) => s.fill === 'code')?.value
    const session = Session.parse((await t.get('/api/session')).json)
    expect(session).toMatchObject({
      stage: 'challenge',
      mail: { maskedEmail: 'u****3@example.com' },
    })
    expect(session.mail?.expiresAt).toBeLessThan(Date.now())
    const res = await t.post('/api/login/verify', { code })
    expect(res).toMatchObject({ status: 400, json: { code: 'code_expired' } })
  })

  it('server error on Register: 500 server_error, only for that endpoint', async () => {
    const t = tab('fault.abcd')
    await t.open('totp-server-error')
    expect((await t.post('/api/setup/totp')).status).toBe(200)
    const res = await t.post('/api/setup/totp/register', {
      code: await totpCode(SCENARIO_SECRET, Date.now()),
    })
    expect(res.status).toBe(500)
    expect(res.json).toMatchObject({ code: 'server_error', message: expect.any(String) })
    // Another scenario in the same portal has no such fault.
    await t.open('totp')
    const ok = await t.post('/api/setup/totp/register', {
      code: await totpCode(SCENARIO_SECRET, Date.now()),
    })
    expect(ok).toMatchObject({ status: 200, json: { ok: true } })
  })

  it('slow network: every answer waits 3 s, the mock’s own calls do not', async () => {
    const t = tab('slow.abcd')
    const open = await t.open('slow-network')
    expect(open.ms).toBeLessThan(2000)
    const session = await t.get('/api/session')
    expect(session.status).toBe(200)
    expect(session.ms).toBeGreaterThanOrEqual(2900)
  }, 10_000)

  it('"Reset demo data" in a scenario portal clears its faults too', async () => {
    const t = tab('reset.abcd')
    await t.open('slow-network')
    await t.post('/api/mock/reset')
    expect((await t.get('/api/session')).ms).toBeLessThan(2000)
  })
})

describe('isolation', () => {
  it('a scenario leaves the shared portal and other portals as they were', async () => {
    const mine = tab(null)
    const login = await mine.post('/api/login/one-step', { userId: 'user01', password: 'welcome1' })
    expect(login.status).toBe(200)

    const a = tab('a.abcd')
    const b = tab('b.abcd')
    await a.open('two-step-locked')
    await b.open('dashboard-full')

    // The lock is a's alone.
    const inB = await b.post('/api/login/two-step', { userId: 'user01', password: 'welcome1' })
    expect(inB.json.code).toBe('setup_required')
    const inShared = await tab(null).post('/api/login/two-step', {
      userId: 'user01',
      password: 'welcome1',
    })
    expect(inShared.json.code).toBe('setup_required')

    // Each keeps its own session; the shared one is still there.
    expect((await mine.get('/api/session')).json).toMatchObject({ user: { userId: 'user01' } })
    expect((await b.get('/api/session')).json).toMatchObject({ user: { userId: 'user02' } })
    expect((await a.get('/api/session')).status).toBe(401)
  })

  it("one portal's session cookie means nothing in another", async () => {
    const a = tab('a.abcd')
    await a.open('dashboard-full')
    const stolen = [...a.jar.values()][0] ?? ''
    const b = tab('b.abcd')
    b.jar.set(`${SESSION_COOKIE}.b.abcd`, stolen)
    expect((await b.get('/api/session')).status).toBe(401)
    const shared = tab(null)
    shared.jar.set(SESSION_COOKIE, stolen)
    expect((await shared.get('/api/session')).status).toBe(401)
  })

  it('reset in one portal leaves the others', async () => {
    const a = tab('a.abcd')
    await a.open('dashboard-full')
    inPortal('b.abcd')
    await resetDb()
    expect((await a.get('/api/session')).status).toBe(200)
  })
})
