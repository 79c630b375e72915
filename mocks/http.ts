import type * as z from 'zod/mini'
import type { Endpoint, ErrorCode } from '../src/contract'
import { isMessageKey } from '../src/i18n/catalog'
import type { Locale } from '../src/i18n/locale'
import type { Db } from './db'
import { HttpError, ruleError } from './http-error'
import { localeOf, textIn, withTexts } from './messages'
import { sessionCookie } from './session'
import type { Scope, Store } from './store'

type Params = Readonly<Record<string, unknown>>

export type Context<Body> = {
  db: Db
  body: Body
  params: Params
  sessionId: string | undefined
  now: number
  url: URL
  /** The language the request asked for (Accept-Language): mails are written in it. */
  locale: Locale
  /** Headers for the answer, kept on refusals too (Set-Cookie). */
  headers: Headers
}

/**
 * A zod error's messages (rule keys) by field; a check without a rule of ours (a number where
 * text belongs, say) is named by a key too, so that every language can say it.
 */
export function fieldsOf(error: z.core.$ZodError): Record<string, string[]> {
  const fields: Record<string, string[]> = {}
  for (const issue of error.issues) {
    const name = issue.path.join('.') || '_'
    const rule = isMessageKey(issue.message) ? issue.message : 'request.badValue'
    fields[name] = [...(fields[name] ?? []), rule]
  }
  return fields
}

/** The error code of a refusal that names these rules. */
export function codeFor(keys: string[]): ErrorCode {
  if (keys.some((k) => k.startsWith('password.') && !/(equired|tooLong)$/.test(k)))
    return 'password_rule'
  if (keys.includes('code.format')) return 'code_format'
  return 'bad_request'
}

async function readBody<S extends z.ZodMiniType>(
  request: Request,
  schema: S,
): Promise<z.output<S>> {
  let json: unknown = {}
  if (request.method !== 'GET') {
    // JSON only: a form post or text/plain from another origin never reaches a handler.
    const type = request.headers.get('content-type') ?? ''
    if (!/^application\/json\s*(;|$)/i.test(type)) throw new HttpError('unsupported_media_type')
    const text = await request.text()
    try {
      json = text.trim() === '' ? {} : JSON.parse(text)
    } catch {
      throw new HttpError('bad_request', { fields: { _: ['request.badJson'] } })
    }
  }
  const parsed = schema.safeParse(json)
  if (parsed.success) return parsed.data
  const fields = fieldsOf(parsed.error)
  const keys = Object.values(fields).flat()
  throw ruleError(codeFor(keys), fields)
}

type Spec = Pick<Endpoint, 'method' | 'path' | 'body' | 'response'>
type BodyOf<E extends Spec> = E['body'] extends z.ZodMiniType ? z.output<E['body']> : undefined
/** What the endpoint answers, as its contract's response schema types it. */
type AnswerOf<E extends Spec> = z.input<E['response']>
type Handler<E extends Spec> = (ctx: Context<BodyOf<E>>) => Promise<AnswerOf<E>> | AnswerOf<E>
/** Which users a request touches, from its body and path (its session's user comes on top). */
type ScopeOf<E extends Spec> = (request: {
  body: BodyOf<E>
  params: Params
}) => Omit<Scope, 'sessionId'>

/** A request as every adapter has it: msw in the browser, Hono in Node. */
export type Incoming = { request: Request; params: Params; cookies: Record<string, string> }
/** What the portal core needs from where it runs. */
export type Deps = {
  store: Store
  now: () => number
  /** Runs before each request is read; its refusal is the answer (the mock's faults). */
  before?: (path: string) => Promise<void>
}
export type Answer = { status: number; body: unknown; headers: Headers }

export type Route = {
  method: Spec['method']
  path: string
  run(incoming: Incoming, deps: Deps): Promise<Answer>
}

const sessionUserOnly = () => ({ userIds: [] })

/**
 * One portal endpoint: parse the body with the contract, run in a transaction over the users the
 * request touches, answer JSON with its status. No transport here: the adapters serve it.
 */
export function endpoint<E extends Spec>(
  spec: E,
  handler: Handler<E>,
  scopeOf: ScopeOf<E> = sessionUserOnly,
): Route {
  async function run({ request, params, cookies }: Incoming, deps: Deps): Promise<Answer> {
    const headers = new Headers({ 'content-type': 'application/json' })
    const locale = await withTexts(localeOf(request))
    try {
      await deps.before?.(spec.path)
      const body = (spec.body ? await readBody(request, spec.body) : undefined) as BodyOf<E>
      const sessionId = cookies[sessionCookie()] || undefined
      const scope = { ...scopeOf({ body, params }), sessionId }
      const url = new URL(request.url)
      const result = await deps.store.transaction(scope, deps.now, (db, now) =>
        handler({ db, body, params, sessionId, now, url, locale, headers }),
      )
      return { status: 200, body: result, headers }
    } catch (error) {
      if (error instanceof HttpError) {
        return { status: error.status, body: error.bodyIn(locale), headers }
      }
      // its stack only: a driver's error may carry the row it refused (hashes, secrets)
      console.error(error instanceof Error ? error.stack : 'unexpected failure')
      const body = { code: 'server_error', message: textIn(locale, 'error.server_error') }
      return { status: 500, body, headers: new Headers({ 'content-type': 'application/json' }) }
    }
  }
  return { method: spec.method, path: spec.path, run }
}

/** The documented answer to an address under /api that is no endpoint. */
export const notFound = { code: 'not_found', message: 'Not found.' }
