import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest'
import { ApiErrorBody, type Endpoint, endpoints } from '../../src/contract'
import { resetDb } from '../browser-store'
import { server } from '../node'
import { SESSION_COOKIE } from '../session'

/**
 * The portal under test: the mock in this process (msw), or any server over HTTP
 * (`npm run conformance -- --base-url …`), started in demo mode with its test clock.
 */
const remote = process.env.PORTAL_BASE_URL
/** Whether the portal is another process: what only the mock's insides show cannot be seen. */
export const overHttp = Boolean(remote)
export const BASE = remote ?? 'http://portal.test'

let clockSetTo: number | undefined

/** A remote portal's clock follows this process's `Date` (which the tests move). */
async function syncClock() {
  const now = Date.now()
  if (!remote || clockSetTo === now) return
  const response = await fetch(`${BASE}/api/test/clock`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ now }),
  })
  if (!response.ok) throw new Error(`${BASE} has no test clock (start it with --test-clock)`)
  clockSetTo = now
}

const routes = Object.values(endpoints).map((e: Endpoint) => ({
  method: e.method.toUpperCase(),
  pattern: new RegExp(`^${e.path.replace(/:\w+/g, '[^/]+')}$`),
  response: e.response,
}))

/**
 * Every answer checked against the contract: a 200 against its endpoint's response schema, a
 * refusal against the error body. A test that gets an answer the contract does not describe fails.
 */
export function checkAnswer(method: string, path: string, status: number, json: unknown): void {
  const route = routes.find((r) => r.method === method && r.pattern.test(path.split('?')[0] ?? ''))
  const schema = status === 200 ? route?.response : ApiErrorBody
  if (!schema) throw new Error(`${method} ${path} answered ${status}: no endpoint of the contract`)
  const parsed = schema.safeParse(json)
  if (!parsed.success) {
    throw new Error(`${method} ${path} ${status} breaks the contract: ${parsed.error.message}`)
  }
}

/** A browser of its own: its own session cookie, nothing shared with other clients. */
export function client() {
  let cookie = ''
  async function call(method: string, path: string, body?: string, type = 'application/json') {
    await syncClock()
    const response = await fetch(`${BASE}${path}`, {
      method,
      headers: { 'content-type': type, cookie: `${SESSION_COOKIE}=${cookie}` },
      body,
    })
    const set = response.headers.get('set-cookie')
    const match = set?.match(new RegExp(`${SESSION_COOKIE}=([^;]*)`))
    if (match) cookie = match[1] ?? ''
    const json: Record<string, unknown> = await response.json()
    checkAnswer(method, path, response.status, json)
    return { status: response.status, json }
  }
  return {
    get: (path: string) => call('GET', path),
    post: (path: string, body?: unknown) => call('POST', path, JSON.stringify(body ?? {})),
    raw: (path: string, raw: string) => call('POST', path, raw),
    /** A POST with a body and content type of the caller's choosing. */
    typed: (path: string, raw: string, type: string) => call('POST', path, raw, type),
    get cookie() {
      return cookie
    },
    /** Sends this cookie from now on (another browser's, say). */
    set cookie(value: string) {
      cookie = value
    },
  }
}

/** A fresh portal per test: the seeded demo accounts, nothing else. */
export function withMockPortal() {
  if (remote) {
    beforeEach(async () => {
      clockSetTo = undefined
      const { status } = await client().post('/api/mock/reset')
      if (status !== 200) throw new Error(`${BASE} did not reset (is it in demo mode?)`)
    })
    return
  }
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
  beforeEach(() => resetDb())
  afterEach(() => server.resetHandlers())
  afterAll(() => server.close())
}
