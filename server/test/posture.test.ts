// @vitest-environment node
import { Secret, TOTP } from 'otpauth'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { durations } from '../../src/contract/policy'
import { scryptHasher } from '../passwords'
import { openPortal } from '../portal'

type Portal = Awaited<ReturnType<typeof openPortal>>
const ORIGIN = 'http://portal.example'
const USER02 = { userId: 'user02', password: 'Secure2024' }
const USER02_SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP'

/** A request to the portal as its own page sends it (same origin, JSON). */
function call(
  portal: Portal,
  path: string,
  init: { body?: unknown; headers?: Record<string, string>; cookie?: string } = {},
) {
  const headers: Record<string, string> = { host: 'portal.example', ...init.headers }
  if (init.cookie) headers.cookie = init.cookie
  if (init.body === undefined) return portal.api.request(`${ORIGIN}${path}`, { headers })
  const body = JSON.stringify(init.body)
  headers['content-type'] = 'application/json'
  headers['content-length'] = String(Buffer.byteLength(body))
  return portal.api.request(`${ORIGIN}${path}`, { method: 'POST', headers, body })
}

const cookieOf = (response: Response) => response.headers.get('set-cookie')?.split(';')[0] ?? ''

describe('the server in demo mode', () => {
  let portal: Portal
  beforeAll(async () => {
    portal = await openPortal({ demo: true, testClock: false })
  }, 60_000)
  afterAll(() => portal.sql.close())

  it('sends the session cookie HttpOnly and SameSite=Lax, Secure behind HTTPS', async () => {
    const plain = await call(portal, '/api/login/two-step', { body: USER02 })
    expect(plain.status).toBe(200)
    expect(plain.headers.get('set-cookie')).toMatch(
      /^bp_session=\w+; Path=\/; SameSite=Lax; HttpOnly$/,
    )
    const behindTls = await call(portal, '/api/login/two-step', {
      body: USER02,
      headers: { 'x-forwarded-proto': 'https', origin: 'https://portal.example' },
    })
    expect(behindTls.headers.get('set-cookie')).toMatch(/; HttpOnly; Secure$/)
  })

  it('refuses a state-changing request from another origin, and counts nothing', async () => {
    const foreign: Record<string, string>[] = [
      { origin: 'http://evil.example' },
      { 'sec-fetch-site': 'cross-site' },
    ]
    for (const headers of foreign) {
      const res = await call(portal, '/api/login/two-step', {
        body: { ...USER02, password: 'Wrong0pass' },
        headers,
      })
      expect(res.status).toBe(403)
      expect(await res.json()).toMatchObject({ code: 'forbidden' })
    }
    // the 5 refused tries above and below were never counted: a 5th wrong one is not yet a lock
    for (let i = 0; i < 4; i++) {
      const wrong = await call(portal, '/api/login/two-step', {
        body: { ...USER02, password: 'Wrong0pass' },
        headers: { origin: ORIGIN },
      })
      expect(wrong.status).toBe(401)
    }
    expect((await call(portal, '/api/login/two-step', { body: USER02 })).status).toBe(200)
  })

  it('keeps passwords as scrypt hashes, the changed one too', async () => {
    const login = await call(portal, '/api/login/one-step', {
      body: { userId: 'user01', password: 'welcome1' },
    })
    const changed = await call(portal, '/api/setup/password', {
      cookie: cookieOf(login),
      body: {
        currentPassword: 'welcome1',
        newPassword: 'Newpass123',
        confirmPassword: 'Newpass123',
      },
    })
    expect(changed.status).toBe(200)
    const rows = await portal.sql.transaction((q) => q('SELECT user_id, password_hash FROM users'))
    expect(rows.length).toBe(5)
    for (const row of rows)
      expect(String(row.password_hash)).toMatch(/^scrypt\$16384\$8\$1\$[\w+/=]+\$[\w+/=]+$/)
  })

  it('checks a password hash for an unknown user ID as for a wrong password', async () => {
    const checks = vi.spyOn(scryptHasher, 'verify')
    await call(portal, '/api/login/two-step', {
      body: { userId: 'nobody42', password: 'Wrong0pass' },
    })
    const forUnknown = checks.mock.calls.length
    checks.mockClear()
    await call(portal, '/api/login/two-step', {
      body: { userId: 'user03', password: 'Wrong0pass' },
    })
    expect(forUnknown).toBe(1)
    expect(checks.mock.calls.length).toBe(1)
  })

  it('does not read a body over 16 MiB, nor one of unknown length', async () => {
    const big = { userId: 'user02', password: 'x'.repeat(17 * 2 ** 20) }
    const res = await call(portal, '/api/login/two-step', { body: big })
    expect(res.status).toBe(400)
    expect(await res.json()).toMatchObject({ code: 'bad_request' })
    const unknownLength = await portal.api.request(`${ORIGIN}/api/login/two-step`, {
      method: 'POST',
      headers: { host: 'portal.example', 'content-type': 'application/json' },
      body: JSON.stringify(USER02),
    })
    expect(unknownLength.status).toBe(400)
  })

  it('refuses the test clock when not started with it', async () => {
    const res = await call(portal, '/api/test/clock', { body: { now: 0 } })
    expect(res.status).toBe(404)
    expect(await res.json()).toMatchObject({ code: 'not_found' })
  })

  it('never writes a password, a secret, a code or a session ID to its log', async () => {
    const lines: string[] = []
    for (const level of ['log', 'info', 'warn', 'error', 'debug'] as const) {
      vi.spyOn(console, level).mockImplementation(
        (...args) => void lines.push(args.map(String).join(' ')),
      )
    }
    const login = await call(portal, '/api/login/two-step', { body: USER02 })
    const code = new TOTP({ secret: Secret.fromBase32(USER02_SECRET) }).generate()
    const verified = await call(portal, '/api/login/verify', {
      cookie: cookieOf(login),
      body: { code },
    })
    await call(portal, '/api/login/verify', { body: { code: '{broken' } })
    const secrets = [
      USER02.password,
      USER02_SECRET,
      code,
      cookieOf(login).split('=')[1],
      cookieOf(verified).split('=')[1],
    ]
    for (const secret of secrets) expect(secret && lines.join('\n').includes(secret)).toBe(false)
  })
})

describe('the server with its test clock', () => {
  let portal: Portal
  beforeAll(async () => {
    portal = await openPortal({ demo: true, testClock: true })
  }, 60_000)
  afterAll(() => portal.sql.close())

  it('takes its time from the clock endpoint: a session ends after its idle time', async () => {
    const t0 = Date.UTC(2027, 0, 4, 9)
    expect((await call(portal, '/api/test/clock', { body: { now: t0 } })).status).toBe(200)
    const login = await call(portal, '/api/login/two-step', { body: USER02 })
    expect((await login.json()).idleExpiresAt).toBe(t0 + durations.idle)
    await call(portal, '/api/test/clock', { body: { now: t0 + durations.idle } })
    const after = await call(portal, '/api/session', { cookie: cookieOf(login) })
    expect(await after.json()).toMatchObject({ code: 'session_expired' })
  })
})

describe('the server without demo mode', () => {
  let portal: Portal
  beforeAll(async () => {
    portal = await openPortal({ demo: false, testClock: false })
  }, 60_000)
  afterAll(() => portal.sql.close())

  it('has no demo accounts, no mailbox and no reset', async () => {
    const login = await call(portal, '/api/login/one-step', {
      body: { userId: 'user01', password: 'welcome1' },
    })
    expect(await login.json()).toMatchObject({ code: 'invalid_credentials' })
    expect((await call(portal, '/api/mock/mailbox')).status).toBe(404)
    expect((await call(portal, '/api/mock/reset', { body: {} })).status).toBe(404)
  })
})
