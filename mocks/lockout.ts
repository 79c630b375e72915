import { durations, lockHolds, policy } from '../src/contract/policy'
import type { Counter, Db, UserRecord } from './db'
import { fail } from './http-error'
import { own } from './own'

export function isLocked(counter: Counter, now: number): boolean {
  return lockHolds(counter.lockedUntil, now)
}

export function assertNotLocked(counter: Counter, now: number): void {
  if (lockHolds(counter.lockedUntil, now)) {
    fail(
      'locked',
      { lockedUntil: counter.lockedUntil },
      { until: new Date(counter.lockedUntil).toISOString() },
    )
  }
}

/** Counts a failed check; the last the policy allows in a row locks the user ID and says so. */
export function countFailure(counter: Counter, now: number): { attemptsLeft: number } {
  counter.failedCount += 1
  if (counter.failedCount >= policy.lockout.failures) {
    counter.failedCount = 0
    counter.lockedUntil = now + durations.lockout
    assertNotLocked(counter, now)
  }
  return { attemptsLeft: attemptsLeft(counter) }
}

/** Failed checks left before the user ID locks (counted since the last success). */
export function attemptsLeft(counter: Counter): number {
  return policy.lockout.failures - counter.failedCount
}

export function countSuccess(counter: Counter): void {
  counter.failedCount = 0
  counter.lockedUntil = null
}

/**
 * The counter a login's password check moves: the account's, or, for a user ID no account has,
 * one of its own, so that an unknown ID is locked after as many tries as a real one.
 */
export function counterOf(db: Db, userId: string): { user?: UserRecord; counter: Counter } {
  const user = own(db.users, userId)
  if (user) return { user, counter: user }
  let counter = db.unknownIds.find((c) => c.userId === userId)
  if (!counter) {
    counter = { userId, failedCount: 0, lockedUntil: null }
    db.unknownIds.push(counter)
  }
  return { counter }
}
