import type { Method } from '../contract'
import { minutesToWait, policy, skewMinutes } from '../contract/policy'
import { errorKey } from '../i18n/catalog'
import { type Message, type MessagePart, say } from '../i18n/common'
import type { Locale } from '../i18n/locale'
import { ApiError } from './api'

/**
 * A server refusal in words a user understands, with what to do next, as a message (data): it
 * is said in the language of the screen when shown, so it follows the language switch.
 */
export function errorMessage(error: unknown, { method }: { method?: Method } = {}): Message {
  if (!(error instanceof ApiError)) return [{ key: 'error.server_error' }]
  if (error.status === 0) return [{ key: 'error.network' }]
  const { code, lockedUntil, retryAfterSeconds, skewSeconds, attemptsLeft } = error.body
  const key = errorKey(code, method)
  if (!key) return [{ text: error.body.message }]
  const wait = retryAfterSeconds ?? policy.mailCode.resendSeconds
  const parts: MessagePart[] = [
    {
      key,
      params: {
        until: lockedUntil ?? '',
        seconds: wait,
        minutes: skewSeconds !== undefined ? skewMinutes(skewSeconds) : minutesToWait(wait),
      },
    },
  ]
  if (attemptsLeft === 1) parts.push({ key: 'error.attemptsLeftOne' })
  else if (attemptsLeft !== undefined) {
    parts.push({ key: 'error.attemptsLeft', params: { count: attemptsLeft } })
  }
  return parts
}

/** The same, in words of `locale`. */
export function describeError(error: unknown, locale: Locale): string {
  return say(errorMessage(error), locale)
}

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
