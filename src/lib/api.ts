import type * as z from 'zod/mini'
import { ApiErrorBody, type EndpointName, endpoints } from '../contract'
import { markActivity } from './activity'
import { apiBaseUrl } from './config'

export class ApiError extends Error {
  readonly status: number
  readonly body: ApiErrorBody

  constructor(status: number, body: ApiErrorBody) {
    super(body.message)
    this.status = status
    this.body = body
  }
}

type Spec = (typeof endpoints)[EndpointName]
type ResponseOf<N extends EndpointName> = z.output<(typeof endpoints)[N]['response']>
type BodyOf<N extends EndpointName> = (typeof endpoints)[N] extends { body: z.ZodMiniType }
  ? z.input<(typeof endpoints)[N]['body']>
  : never

let start: () => Promise<unknown> = () => Promise.resolve()
let ready: Promise<unknown> | undefined

/**
 * Where API calls go first: the mock portal's worker, started by the first call that needs it
 * (entry.client.tsx); a page no one asks the portal anything on never loads it.
 */
export function callsStartWith(startBackend: () => Promise<unknown>): void {
  start = startBackend
  ready = undefined
}

export const apiReady = (): Promise<unknown> => {
  ready ??= start()
  return ready
}

function pathOf(spec: Spec, params: Record<string, string>): string {
  return spec.path.replace(/:(\w+)/g, (_, name: string) => encodeURIComponent(params[name] ?? ''))
}

/** The language the portal answers and writes mails in: the screen's. */
export const language = () =>
  (typeof document === 'undefined' ? '' : document.documentElement.lang) || 'en'

/** Calls one endpoint of the contract and parses the answer with its schema. */
export async function api<N extends EndpointName>(
  name: N,
  body?: BodyOf<N>,
  params: Record<string, string> = {},
): Promise<ResponseOf<N>> {
  await apiReady()
  const spec: Spec = endpoints[name]
  let response: Response
  try {
    response = await fetch(`${apiBaseUrl}${pathOf(spec, params)}`, {
      method: spec.method.toUpperCase(),
      credentials: 'include',
      headers: {
        'accept-language': language(),
        ...(spec.method === 'post' ? { 'content-type': 'application/json' } : {}),
      },
      body: spec.method === 'post' ? JSON.stringify(body ?? {}) : undefined,
    })
  } catch {
    throw new ApiError(0, { code: 'server_error', message: 'network' })
  }
  const json: unknown = await response.json().catch(() => null)
  if (!response.ok) {
    const error = ApiErrorBody.safeParse(json)
    throw new ApiError(
      response.status,
      error.success ? error.data : { code: 'server_error', message: response.statusText },
    )
  }
  if (name !== 'session') markActivity()
  return spec.response.parse(json) as ResponseOf<N>
}
