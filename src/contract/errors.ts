import * as z from 'zod/mini'

export const errorCodes = [
  'bad_request',
  'invalid_credentials',
  'locked',
  'use_two_step',
  'setup_required',
  'unauthenticated',
  'session_expired',
  'forbidden',
  'wrong_step',
  'not_found',
  'password_rule',
  'wrong_current_password',
  'code_format',
  'code_invalid',
  'code_reused',
  'clock_skew',
  'code_expired',
  'too_soon',
  'too_many_mails',
  'challenge_over',
  'unsupported_media_type',
  'server_error',
] as const

export const ErrorCode = z.enum(errorCodes)
export type ErrorCode = z.infer<typeof ErrorCode>

export const ApiErrorBody = z.object({
  code: ErrorCode,
  message: z.string(),
  /** Field-level problems, as message keys (for example `password.digit`). */
  fields: z.optional(z.record(z.string(), z.array(z.string()))),
  lockedUntil: z.optional(z.int()),
  retryAfterSeconds: z.optional(z.int()),
  skewSeconds: z.optional(z.int()),
  attemptsLeft: z.optional(z.int()),
})
export type ApiErrorBody = z.infer<typeof ApiErrorBody>

export const statusOf: Record<ErrorCode, number> = {
  bad_request: 400,
  invalid_credentials: 401,
  locked: 423,
  use_two_step: 409,
  setup_required: 409,
  unauthenticated: 401,
  session_expired: 401,
  forbidden: 403,
  wrong_step: 409,
  not_found: 404,
  password_rule: 400,
  wrong_current_password: 400,
  code_format: 400,
  code_invalid: 400,
  code_reused: 400,
  clock_skew: 400,
  code_expired: 400,
  too_soon: 429,
  too_many_mails: 429,
  challenge_over: 401,
  unsupported_media_type: 415,
  server_error: 500,
}
