import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest'
import { resetDb } from '../db'
import { server } from '../node'
import { SESSION_COOKIE } from '../session'

export const BASE = 'http://portal.test'

/** A browser of its own: its own session cookie, nothing shared with other clients. */
export function client() {
  let cookie = ''
  async function call(method: string, path: string, body?: string, type = 'application/json') {
    const response = await fetch(`${BASE}${path}`, {
      method,
      headers: { 'content-type': type, cookie: `${SESSION_COOKIE}=${cookie}` },
      body,
    })
    const set = response.headers.get('set-cookie')
    const match = set?.match(new RegExp(`${SESSION_COOKIE}=([^;]*)`))
    if (match) cookie = match[1] ?? ''
    const json: Record<string, unknown> = await response.json()
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

export function withMockPortal() {
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
  beforeEach(() => resetDb())
  afterEach(() => server.resetHandlers())
  afterAll(() => server.close())
}
