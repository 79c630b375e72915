/**
 * Every number of the product's rules, in one place: the forms, the server (mock or real), the
 * timers, the gallery's scenarios and the messages (as `{placeholders}`) read them from here.
 */
export const policy = {
  userId: { maxLength: 64 },
  password: {
    minLength: 6,
    maxLength: 32,
    /** Longer input in any password field is refused before it is hashed or checked. */
    inputMax: 256,
  },
  code: { length: 6 },
  /** TOTP: accepted within ±acceptSteps of now; a code within ±clockSkewSteps names the skew. */
  totp: { periodSeconds: 30, acceptSteps: 1, clockSkewSteps: 10 },
  lockout: { failures: 5, minutes: 15 },
  /** Wrong codes one code step (a login's or a setup's) takes before it ends. */
  codeStep: { wrongCodes: 5 },
  mailCode: { validMinutes: 10, resendSeconds: 60, perUser: 5, perMinutes: 15 },
  session: { idleMinutes: 30, warningMinutes: 2, maxHours: 12 },
} as const

type Numbers<T> = { readonly [K in keyof T]: T[K] extends number ? number : Numbers<T[K]> }
/** The shape of the policy, any numbers (a test's other policy, say). */
export type Policy = Numbers<typeof policy>

export const SECOND_MS = 1000
export const MINUTE_MS = 60 * SECOND_MS

/** The policy's durations in milliseconds, as the timers and the server count. */
export const durations = {
  totpPeriod: policy.totp.periodSeconds * SECOND_MS,
  lockout: policy.lockout.minutes * MINUTE_MS,
  mailCodeValid: policy.mailCode.validMinutes * MINUTE_MS,
  resendAfter: policy.mailCode.resendSeconds * SECOND_MS,
  mailWindow: policy.mailCode.perMinutes * MINUTE_MS,
  idle: policy.session.idleMinutes * MINUTE_MS,
  idleWarning: policy.session.warningMinutes * MINUTE_MS,
  sessionMax: policy.session.maxHours * 60 * MINUTE_MS,
} as const

/** The rules' numbers as the messages' placeholders: "after {lockoutFailures} failed attempts". */
export function ruleWords(rules: Policy = policy): Record<string, number> {
  return {
    userIdMax: rules.userId.maxLength,
    passwordMin: rules.password.minLength,
    passwordMax: rules.password.maxLength,
    codeLength: rules.code.length,
    totpSeconds: rules.totp.periodSeconds,
    lockoutFailures: rules.lockout.failures,
    lockoutMinutes: rules.lockout.minutes,
    wrongCodes: rules.codeStep.wrongCodes,
    mailValidMinutes: rules.mailCode.validMinutes,
    resendSeconds: rules.mailCode.resendSeconds,
    mailsPerWindow: rules.mailCode.perUser,
    mailWindowMinutes: rules.mailCode.perMinutes,
    idleMinutes: rules.session.idleMinutes,
    warningMinutes: rules.session.warningMinutes,
    sessionHours: rules.session.maxHours,
  }
}

/** A wait in whole minutes, at least one, as the messages say it ("wait 3 min"). */
export const minutesToWait = (seconds: number): number => Math.max(1, Math.ceil(seconds / 60))

/** How far a device's clock is off, in whole minutes, at least one. */
export const skewMinutes = (skewSeconds: number): number =>
  Math.max(1, Math.round(Math.abs(skewSeconds) / 60))

/** Whether a lock that ends at `lockedUntil` (or none) still holds at `now`. */
export function lockHolds(lockedUntil: number | null, now: number): lockedUntil is number {
  return lockedUntil !== null && lockedUntil > now
}
