import type { Method } from '../contract'
import { policy } from '../contract/policy'
import { isMessageKey, type MessageKey, message, type Params, translate } from '../i18n/common'
import type { Locale } from '../i18n/locale'
import { ApiError } from './api'

/**
 * A server refusal in words a user understands, with what to do next, kept as a message so it
 * follows the language switch: store it, and show it with `translate` (Field and ErrorSummary do).
 */
export function errorMessage(error: unknown, { method }: { method?: Method } = {}): string {
  if (!(error instanceof ApiError)) return message(['error.server_error'])
  if (error.status === 0) return message(['error.network'])
  const { code, lockedUntil, retryAfterSeconds, skewSeconds, attemptsLeft } = error.body
  // A mailed code's refusals have words of their own (the codes' own are about an app).
  const variant = `error.${code}_${method}`
  const key = method && isMessageKey(variant) ? variant : `error.${code}`
  if (!isMessageKey(key)) return error.body.message
  const parts: [MessageKey, Params?][] = [
    [
      key,
      {
        until: lockedUntil ?? '',
        seconds: retryAfterSeconds ?? policy.mailCode.resendSeconds,
        minutes:
          skewSeconds !== undefined
            ? Math.max(1, Math.round(Math.abs(skewSeconds) / 60))
            : Math.max(1, Math.ceil((retryAfterSeconds ?? policy.mailCode.resendSeconds) / 60)),
      },
    ],
  ]
  if (attemptsLeft === 1) parts.push(['error.attemptsLeftOne'])
  else if (attemptsLeft !== undefined) parts.push(['error.attemptsLeft', { count: attemptsLeft }])
  return message(...parts)
}

/** The same, in words of `locale`. */
export function describeError(error: unknown, locale: Locale): string {
  return translate(errorMessage(error), locale) ?? ''
}

/** A refusal that ends the step: the account is locked, or the code step is over. */
export function isStopped(error: unknown): boolean {
  return error instanceof ApiError && ['locked', 'challenge_over'].includes(error.body.code)
}

/** A failure of the portal or of the way to it, not of what the user typed. */
export function isPortalFailure(error: unknown): boolean {
  return !(error instanceof ApiError) || error.status === 0 || error.status >= 500
}

/**
 * An answer after which the screen no longer matches the portal: the request may have reached it
 * (the network failed on the way back), or the session or its step moved on (ended, renewed,
 * finished in another tab). The app then asks where the user is now.
 */
export function isOutOfStep(error: unknown): boolean {
  if (!(error instanceof ApiError)) return false
  if (error.status === 0) return true
  return ['unauthenticated', 'session_expired', 'wrong_step'].includes(error.body.code)
}
