// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { SESSION_COOKIE } from '../session'
import { BASE, client } from './client'
import {
  advance,
  codeAt,
  expectError,
  expectOk,
  loginOneStep,
  loginTwoStep,
  loginUser02,
  MINUTE,
  mailbox,
  SECOND,
  T0,
  USER02_SECRET,
  user01AtStep5,
  withPortal,
} from './helpers'

withPortal()

const IDLE = 30 * MINUTE

/** A request carrying a cookie the browser kept, as "back" after log out would send it. */
async function withCookie(cookie: string, path: string) {
  const res = await fetch(`${BASE}${path}`, { headers: { cookie: `${SESSION_COOKIE}=${cookie}` } })
  return { status: res.status, json: (await res.json()) as Record<string, unknown> }
}

describe('session', () => {
  it('is a cookie the portal set; a reload reads the same session', async () => {
    const c = await loginUser02()
    expect(c.cookie).toMatch(/^[0-9a-f]{32}$/)
    const first = await c.get('/api/session')
    expect(first.json).toMatchObject({ stage: 'full', idleExpiresAt: T0 + IDLE })
    expect(await c.get('/api/session')).toEqual(first)
    expectError(await client().get('/api/session'), 401, 'unauthenticated')
  })

  it('ends after 30 idle minutes', async () => {
    const c = await loginUser02()
    advance(IDLE - SECOND)
    expectOk(await c.get('/api/session'))
    advance(SECOND)
    expectError(await c.get('/api/session'), 401, 'session_expired')
    expectError(await c.get('/api/session'), 401, 'unauthenticated')
    expectError(await c.post('/api/session/keepalive'), 401, 'unauthenticated')
  })

  it('ends a 2-step login left waiting for its code', async () => {
    const c = await loginTwoStep('user02')
    advance(IDLE)
    expectError(
      await c.post('/api/login/verify', { code: codeAt(USER02_SECRET) }),
      401,
      'session_expired',
    )
  })

  it('is extended by "Stay logged in" (keep-alive)', async () => {
    const c = await loginUser02()
    advance(20 * MINUTE)
    const kept = await c.post('/api/session/keepalive')
    expectOk(kept)
    expect(kept.json.idleExpiresAt).toBe(T0 + 20 * MINUTE + IDLE)
    advance(IDLE - SECOND)
    expectOk(await c.get('/api/session'))
    advance(SECOND)
    expectError(await c.get('/api/session'), 401, 'session_expired')
  })

  it('is extended by other work in the session', async () => {
    const { c } = await user01AtStep5()
    advance(20 * MINUTE)
    expectOk(await c.post('/api/setup/totp'))
    advance(20 * MINUTE)
    expect((await c.get('/api/session')).json.idleExpiresAt).toBe(T0 + 20 * MINUTE + IDLE)
  })

  it('is not extended by asking who is signed in', async () => {
    const c = await loginUser02()
    advance(20 * MINUTE)
    expect((await c.get('/api/session')).json.idleExpiresAt).toBe(T0 + IDLE)
    advance(10 * MINUTE)
    expectError(await c.get('/api/session'), 401, 'session_expired')
  })
})

describe('log out', () => {
  it('ends the session on the server; the old cookie does not bring it back', async () => {
    const c = await loginUser02()
    const other = await loginUser02(1) // another browser of the same user
    const cookie = c.cookie
    expect(await c.post('/api/logout')).toEqual({ status: 200, json: { ok: true } })
    expect(c.cookie).toBe('')
    expectError(await c.get('/api/session'), 401, 'unauthenticated')
    expectError(await withCookie(cookie, '/api/session'), 401, 'unauthenticated')
    expect((await other.get('/api/session')).json.stage).toBe('full')
  })

  it('answers a log out without a session without error', async () => {
    expect(await client().post('/api/logout')).toEqual({ status: 200, json: { ok: true } })
  })
})

describe('Reset demo data (mock only)', () => {
  it('ends every session and brings back the seeded accounts', async () => {
    const { c } = await user01AtStep5()
    const other = await loginUser02()
    const reset = await c.post('/api/mock/reset')
    expect(reset).toEqual({ status: 200, json: { ok: true } })
    expect(c.cookie).toBe('')
    expectError(await other.get('/api/session'), 401, 'unauthenticated')
    expect(await mailbox()).toEqual([])
    const again = await loginOneStep('user01')
    expect((await again.get('/api/session')).json.user).toMatchObject({ passwordChanged: false })
  })
})
