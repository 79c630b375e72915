import { isMessageKey, type MessageKey, message, type Params, translate } from '../i18n/common'
import type { Locale } from '../i18n/locale'
import { ApiError } from './api'

/**
 * A server refusal in words a user understands, with what to do next, kept as a message so it
 * follows the language switch: store it, and show it with `translate` (Field and ErrorSummary do).
 */
export function errorMessage(error: unknown): string {
  if (!(error instanceof ApiError)) return message(['error.server_error'])
  if (error.status === 0) return message(['error.network'])
  const { code, lockedUntil, retryAfterSeconds, skewSeconds, attemptsLeft } = error.body
  const key = `error.${code}`
  if (!isMessageKey(key)) return error.body.message
  const parts: [MessageKey, Params?][] = [
    [
      key,
      {
        until: lockedUntil ?? '',
        seconds: retryAfterSeconds ?? 60,
        minutes: Math.max(1, Math.round(Math.abs(skewSeconds ?? 0) / 60)),
      },
    ],
  ]
  if (attemptsLeft === 1) parts.push(['error.attemptsLeftOne'])
  else if (attemptsLeft !== undefined && attemptsLeft <= 3) {
    parts.push(['error.attemptsLeft', { count: attemptsLeft }])
  }
  return message(...parts)
}

/** The same, in words of `locale`. */
export function describeError(error: unknown, locale: Locale): string {
  return translate(errorMessage(error), locale) ?? ''
}

export function isSessionLost(error: unknown): boolean {
  return (
    error instanceof ApiError && error.status === 401 && error.body.code !== 'invalid_credentials'
  )
}
