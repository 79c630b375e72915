import * as z from 'zod/mini'
import { endpoints } from './endpoints'
import { ApiErrorBody, statusOf } from './errors'

const json = (schema: z.ZodMiniType, io: 'input' | 'output') => ({
  'application/json': { schema: z.toJSONSchema(schema, { io, unrepresentable: 'any' }) },
})

/** The contract as an OpenAPI 3.1 document, for a real portal to implement. */
export function openApiDocument() {
  const errorStatuses = [...new Set(Object.values(statusOf))].sort()
  const paths: Record<string, Record<string, unknown>> = {}
  for (const [name, spec] of Object.entries(endpoints)) {
    const path = spec.path.replace(/:(\w+)/g, '{$1}')
    const params = [...spec.path.matchAll(/:(\w+)/g)].map(([, p]) => ({
      name: p,
      in: 'path',
      required: true,
      schema: { type: 'string' },
    }))
    paths[path] ??= {}
    paths[path][spec.method] = {
      operationId: name,
      summary: spec.summary,
      ...(params.length ? { parameters: params } : {}),
      ...('body' in spec && spec.body
        ? { requestBody: { required: true, content: json(spec.body, 'input') } }
        : {}),
      responses: {
        200: { description: 'OK', content: json(spec.response, 'output') },
        ...Object.fromEntries(
          errorStatuses.map((s) => [
            s,
            { description: 'Refused: { code, message }', content: json(ApiErrorBody, 'output') },
          ]),
        ),
      },
      ...('mockOnly' in spec ? { 'x-mock-only': true } : {}),
    }
  }

  return {
    openapi: '3.1.0',
    info: {
      title: 'Business Portal 2-step verification API',
      version: '1.0.0',
      description:
        'The API the Business Portal 2-step app calls. Sessions are a cookie `bp_session` (HttpOnly on a real server). Errors are `{ code, message }` with the status given by the code.',
    },
    paths,
  }
}
