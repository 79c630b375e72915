import { Hono } from 'hono'
import { getCookie } from 'hono/cookie'
import * as z from 'zod/mini'
import { demoRoutes, portalRoutes } from '../mocks/handlers'
import { type Deps, notFound } from '../mocks/http'
import { HttpError } from '../mocks/http-error'
import { localeOf, withTexts } from '../mocks/messages'
import type { Store } from '../mocks/store'

export type ApiOptions = {
  store: Store
  /** Serve the demo's mailbox and reset (`/api/mock/*`); off, they are no endpoints. */
  demo: boolean
  /** Let `POST /api/test/clock` set the time: for conformance runs only, never in production. */
  testClock: boolean
}

const MAX_BODY = 16 * 2 ** 20
const ClockBody = z.object({ now: z.int().check(z.nonnegative()) })

/** The origin a browser on this server's own pages sends (behind a TLS proxy, https). */
function ownOrigin(request: Request): string {
  const url = new URL(request.url)
  const proto = request.headers.get('x-forwarded-proto')?.split(',')[0]?.trim()
  return `${proto ? `${proto}:` : url.protocol}//${request.headers.get('host') ?? url.host}`
}

/** The session cookie as a real server sends it: out of scripts' reach, Secure over HTTPS. */
function hardenCookies(headers: Headers, secure: boolean): Headers {
  const cookies = headers.getSetCookie()
  headers.delete('set-cookie')
  for (const cookie of cookies) {
    headers.append('set-cookie', `${cookie}; HttpOnly${secure ? '; Secure' : ''}`)
  }
  return headers
}

async function refusal(request: Request, error: HttpError): Promise<Response> {
  const locale = await withTexts(localeOf(request))
  return Response.json(error.bodyIn(locale), { status: error.status })
}

/** The portal core served by Hono: the same routes the mock serves, over a real store and clock. */
export function portalApi({ store, demo, testClock }: ApiOptions): Hono {
  let frozenAt: number | undefined
  const deps: Deps = { store, now: () => frozenAt ?? Date.now() }
  const api = new Hono()

  // A state-changing request from another site's page is refused before it is read.
  api.use('/api/*', async (c, next) => {
    if (c.req.method === 'GET' || c.req.method === 'HEAD') return next()
    // A body is read up to 16 MiB, its length said first: enough to name the field of a 10 MB
    // password (as the conformance suite asks), and no stream of unknown length.
    const length = Number(c.req.header('content-length') ?? Number.NaN)
    if (!(length <= MAX_BODY)) return refusal(c.req.raw, new HttpError('bad_request'))
    const origin = c.req.header('origin')
    const crossSite = c.req.header('sec-fetch-site') === 'cross-site'
    if (crossSite || (origin && origin !== ownOrigin(c.req.raw))) {
      return refusal(c.req.raw, new HttpError('forbidden'))
    }
    return next()
  })

  if (testClock) {
    api.post('/api/test/clock', async (c) => {
      const body = ClockBody.safeParse(await c.req.json().catch(() => null))
      if (!body.success) return refusal(c.req.raw, new HttpError('bad_request'))
      frozenAt = body.data.now
      return c.json({ now: frozenAt })
    })
  }

  for (const route of demo ? [...portalRoutes, ...demoRoutes] : portalRoutes) {
    api.on(route.method.toUpperCase(), route.path, async (c) => {
      const incoming = { request: c.req.raw, params: c.req.param(), cookies: getCookie(c) }
      const { status, body, headers } = await route.run(incoming, deps)
      const secure = ownOrigin(c.req.raw).startsWith('https:')
      return new Response(JSON.stringify(body), { status, headers: hardenCookies(headers, secure) })
    })
  }
  api.all('/api/*', (c) => c.json(notFound, 404))
  return api
}
