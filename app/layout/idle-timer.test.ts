import { describe, expect, it } from 'vitest'
import type { Session } from '../../src/contract'
import { durations } from '../../src/contract/policy'
import { deadlineOf } from './idle-timer'

const NOW = 1_800_000_000_000
const session = (idleExpiresAt: number, expiresAt: number): Session => ({
  stage: 'full',
  user: {
    userId: 'user02',
    name: 'Ben Carter',
    role: 'general',
    method: 'totp',
    methodChosen: true,
    maskedEmail: 'u****2@example.com',
    passwordChanged: true,
    registered: true,
  },
  idleExpiresAt,
  expiresAt,
  mail: null,
  attemptsLeft: 5,
})

describe('the idle deadline', () => {
  it('counts the idle limit from the last activity the page saw', () => {
    const s = session(NOW + 10 * 60_000, NOW + 8 * 3_600_000)
    expect(deadlineOf(s, NOW)).toBe(NOW + durations.idle)
  })

  it('never passes the session’s absolute end, however active the user is', () => {
    const s = session(NOW + 60_000, NOW + 60_000)
    expect(deadlineOf(s, NOW)).toBe(NOW + 60_000)
  })
})
