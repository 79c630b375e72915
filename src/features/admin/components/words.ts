import type { AdminUser, Method } from '../../../contract'

export const methodName: Record<Method, string> = { totp: 'TOTP', mail: 'MailOTP' }

export const methodLong: Record<Method, string> = {
  totp: 'TOTP (authenticator app)',
  mail: 'MailOTP (codes by email)',
}

export const otherMethod = (method: Method): Method => (method === 'totp' ? 'mail' : 'totp')

/** "HH:MM" in the reader's locale: the same words as the locked user's own message. */
export const clockTime = (ms: number) =>
  new Date(ms).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' })

export const dateTime = (ms: number) =>
  new Date(ms).toLocaleString([], { dateStyle: 'medium', timeStyle: 'short' })

export function isLocked(
  user: AdminUser,
  now: number,
): user is AdminUser & { lockedUntil: number } {
  return user.lockedUntil !== null && user.lockedUntil > now
}

export function setupStatus(user: AdminUser): string {
  if (user.registered) return 'Complete'
  if (user.passwordChanged) return 'Second method not registered (STEP5)'
  return 'Not started'
}
