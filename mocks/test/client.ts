import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest'
import { resetDb } from '../db'
import { server } from '../node'
import { SESSION_COOKIE } from '../session'

export const BASE = 'http://portal.test'

/** A browser of its own: its own session cookie, nothing shared with other clients. */
export function client() {
  let cookie = ''
  async function call(method: string, path: string, body?: unknown, raw?: string) {
    const response = await fetch(`${BASE}${path}`, {
      method,
      headers: { 'content-type': 'application/json', cookie: `${SESSION_COOKIE}=${cookie}` },
      body: raw ?? (body === undefined ? undefined : JSON.stringify(body)),
    })
    const set = response.headers.get('set-cookie')
    const match = set?.match(new RegExp(`${SESSION_COOKIE}=([^;]*)`))
    if (match) cookie = match[1] ?? ''
    const json: Record<string, unknown> = await response.json()
    return { status: response.status, json }
  }
  return {
    get: (path: string) => call('GET', path),
    post: (path: string, body?: unknown) => call('POST', path, body ?? {}),
    raw: (path: string, raw: string) => call('POST', path, undefined, raw),
    get cookie() {
      return cookie
    },
  }
}

export function withMockPortal() {
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
  beforeEach(() => resetDb())
  afterEach(() => server.resetHandlers())
  afterAll(() => server.close())
}
