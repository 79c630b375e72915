import { format, isMessageKey } from '../i18n/format'
import { ApiError } from './api'

function time(epochMs: number): string {
  return new Date(epochMs).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' })
}

/** A server refusal in words a user understands, with what to do next. */
export function describeError(error: unknown): string {
  if (!(error instanceof ApiError)) return format('error.server_error')
  if (error.status === 0) return format('error.network')
  const { code, lockedUntil, retryAfterSeconds, skewSeconds, attemptsLeft } = error.body
  const key = `error.${code}`
  if (!isMessageKey(key)) return error.body.message
  const text = format(key, {
    until: lockedUntil ? time(lockedUntil) : '',
    seconds: retryAfterSeconds ?? 60,
    minutes: Math.max(1, Math.round(Math.abs(skewSeconds ?? 0) / 60)),
  })
  if (attemptsLeft === undefined || attemptsLeft > 3) return text
  const left =
    attemptsLeft === 1
      ? format('error.attemptsLeftOne')
      : format('error.attemptsLeft', { count: attemptsLeft })
  return `${text} ${left}`
}

export function isSessionLost(error: unknown): boolean {
  return (
    error instanceof ApiError && error.status === 401 && error.body.code !== 'invalid_credentials'
  )
}
