import * as z from 'zod/mini'
import { endpoints } from './endpoints'
import { ApiErrorBody, statusOf } from './errors'
import { policy } from './policy'

const json = (schema: z.ZodMiniType, io: 'input' | 'output') => ({
  'application/json': { schema: z.toJSONSchema(schema, { io, unrepresentable: 'any' }) },
})

const { password, lockout, codeStep, mailCode, session } = policy

/** The server's rules a client can rely on, as the document states them. */
const rules = [
  'Requests: a POST body is JSON (`Content-Type: application/json`; anything else answers 415). A password field is read up to ' +
    `${password.inputMax} characters; longer is refused (400) before anything is hashed. Password hashes are compared in constant time.`,
  `Sessions: a cookie \`bp_session\` (HttpOnly, SameSite=Lax on a real server). A session ends after ${session.idleMinutes} idle minutes and ` +
    `${session.maxHours} hours after its login, whatever the activity. The session ID is renewed at every change of privilege (a code accepted, the password changed); ` +
    'a password change ends every other session of the user; finishing the setup ends the session. A pending TOTP secret belongs to the session that asked for it.',
  `Lockout: ${lockout.failures} consecutive failed checks of one user ID (a wrong password at either login, a wrong current password, a wrong code) lock it for ` +
    `${lockout.minutes} minutes (423, with \`lockedUntil\`). An unknown user ID gets the same answers, in the same order and time, as a real one with a wrong password. ` +
    `One code step (a login's or a setup's) ends after ${codeStep.wrongCodes} wrong codes (401 \`challenge_over\`): the user logs in again.`,
  `Mail codes: ${policy.code.length} digits, valid ${mailCode.validMinutes} minutes, single use, bound to the attempt that asked; a new one after ${mailCode.resendSeconds} s (429 \`too_soon\`); ` +
    `at most ${mailCode.perUser} code mails per user in ${mailCode.perMinutes} minutes (429 \`too_many_mails\`, with \`retryAfterSeconds\`).`,
  'Lookups by an outside key (a user ID, a path parameter, a cookie) never reach inherited properties: `__proto__` is an unknown ID like any other.',
]

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
          errorStatuses.map((s) => [s, { $ref: '#/components/responses/Refused' }]),
        ),
      },
      ...('mockOnly' in spec ? { 'x-mock-only': true } : {}),
    }
  }

  return {
    openapi: '3.1.0',
    info: {
      title: 'Business Portal 2-step verification API',
      version: '1.1.0',
      description: [
        'The API the Business Portal 2-step app calls. Errors are `{ code, message }` with the status given by the code.',
        ...rules.map((rule) => `- ${rule}`),
      ].join('\n'),
    },
    paths,
    components: {
      schemas: { ApiError: z.toJSONSchema(ApiErrorBody, { io: 'output', unrepresentable: 'any' }) },
      responses: {
        Refused: {
          description: 'Refused: `{ code, message }`; the status follows the code.',
          content: { 'application/json': { schema: { $ref: '#/components/schemas/ApiError' } } },
        },
      },
    },
  }
}
