import type { UserRecord } from './db'
import { fail } from './http-error'

export const MAX_FAILURES = 5
export const LOCK_MS = 15 * 60 * 1000

export function isLocked(user: UserRecord, now: number): boolean {
  return user.lockedUntil !== null && user.lockedUntil > now
}

export function assertNotLocked(user: UserRecord, now: number): void {
  if (user.lockedUntil !== null && user.lockedUntil > now) {
    fail(
      'locked',
      { lockedUntil: user.lockedUntil },
      { until: new Date(user.lockedUntil).toISOString() },
    )
  }
}

/** Counts a failed check; the fifth in a row locks the account and says so. */
export function countFailure(user: UserRecord, now: number): { attemptsLeft: number } {
  user.failedCount += 1
  if (user.failedCount >= MAX_FAILURES) {
    user.failedCount = 0
    user.lockedUntil = now + LOCK_MS
    assertNotLocked(user, now)
  }
  return { attemptsLeft: MAX_FAILURES - user.failedCount }
}

export function countSuccess(user: UserRecord): void {
  user.failedCount = 0
  user.lockedUntil = null
}
