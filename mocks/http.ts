import { HttpResponse, http, type PathParams } from 'msw'
import type * as z from 'zod/mini'
import type { Endpoint, ErrorCode } from '../src/contract'
import type { Locale } from '../src/i18n/locale'
import { type Db, transaction } from './db'
import { answerLost, injectFaults } from './faults'
import { HttpError, ruleError } from './http-error'
import { localeOf, textIn, withTexts } from './messages'
import { sessionCookie } from './session'

export type Context<Body> = {
  db: Db
  body: Body
  params: PathParams
  sessionId: string | undefined
  now: number
  url: URL
  /** The language the request asked for (Accept-Language): mails are written in it. */
  locale: Locale
  /** Headers for the answer, kept on refusals too (Set-Cookie). */
  headers: Headers
}

/** A zod error's messages (rule keys) by field. */
export function fieldsOf(error: z.core.$ZodError): Record<string, string[]> {
  const fields: Record<string, string[]> = {}
  for (const issue of error.issues) {
    const name = issue.path.join('.') || '_'
    fields[name] = [...(fields[name] ?? []), issue.message]
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

/** One portal endpoint: parse the body with the contract, run in a transaction, answer JSON. */
export function endpoint<E extends Spec>(spec: E, handler: Handler<E>) {
  return http[spec.method](`*${spec.path}`, async ({ request, params, cookies }) => {
    const headers = new Headers()
    const locale = await withTexts(localeOf(request))
    try {
      await injectFaults(spec.path)
      const body = (spec.body ? await readBody(request, spec.body) : undefined) as BodyOf<E>
      const result = await transaction((db) =>
        handler({
          db,
          body,
          params,
          sessionId: cookies[sessionCookie()] || undefined,
          now: Date.now(),
          url: new URL(request.url),
          locale,
          headers,
        }),
      )
      if (answerLost(spec.path)) return Response.error()
      headers.set('content-type', 'application/json')
      // msw's own Response keeps Set-Cookie, which a browser's Response drops.
      return new HttpResponse(JSON.stringify(result), { headers })
    } catch (error) {
      if (error instanceof HttpError) {
        return HttpResponse.json(error.bodyIn(locale), { status: error.status, headers })
      }
      console.error(error)
      const body = { code: 'server_error', message: textIn(locale, 'error.server_error') }
      return HttpResponse.json(body, { status: 500 })
    }
  })
}
