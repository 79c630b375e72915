import type * as z from 'zod/mini'
import type { ApiErrorBody, EndpointName, endpoints } from '../contract'
import { locale } from '../i18n'
import { markActivity } from './activity'
import { apiReady } from './api-ready'
import { apiBaseUrl } from './config'
import { loadContract } from './contract'

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

function pathOf(spec: Spec, params: Record<string, string>): string {
  return spec.path.replace(/:(\w+)/g, (_, name: string) => encodeURIComponent(params[name] ?? ''))
}

/** Calls one endpoint of the contract and parses the answer with its schema. */
export async function api<N extends EndpointName>(
  name: N,
  body?: BodyOf<N>,
  params: Record<string, string> = {},
): Promise<ResponseOf<N>> {
  // The contract (zod) loads beside the mock, never before the first paint.
  const [contract] = await Promise.all([loadContract(), apiReady])
  const spec: Spec = contract.endpoints[name]
  let response: Response
  try {
    response = await fetch(`${apiBaseUrl}${pathOf(spec, params)}`, {
      method: spec.method.toUpperCase(),
      credentials: 'include',
      headers: {
        'accept-language': locale.get(),
        ...(spec.method === 'post' ? { 'content-type': 'application/json' } : {}),
      },
      body: spec.method === 'post' ? JSON.stringify(body ?? {}) : undefined,
    })
  } catch {
    throw new ApiError(0, { code: 'server_error', message: 'network' })
  }
  const json: unknown = await response.json().catch(() => null)
  if (!response.ok) {
    const error = contract.ApiErrorBody.safeParse(json)
    throw new ApiError(
      response.status,
      error.success ? error.data : { code: 'server_error', message: response.statusText },
    )
  }
  if (name !== 'session') markActivity()
  return spec.response.parse(json) as ResponseOf<N>
}
