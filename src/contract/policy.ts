/**
 * Every number of the product's rules, in one place: the forms, the server (mock or real), the
 * timers and the messages read them from here.
 */
export const policy = {
  password: {
    minLength: 6,
    maxLength: 32,
    /** Longer input in any password field is refused before it is hashed or checked. */
    inputMax: 256,
  },
  code: { length: 6 },
  totp: { periodSeconds: 30, acceptSteps: 1, clockSkewSteps: 10 },
  lockout: { failures: 5, minutes: 15 },
  /** Wrong codes one code step (a login's or a setup's) takes before it ends. */
  codeStep: { wrongCodes: 5 },
  mailCode: { validMinutes: 10, resendSeconds: 60, perUser: 5, perMinutes: 15 },
  session: { idleMinutes: 30, warningMinutes: 2, maxHours: 12 },
} as const

export const MINUTE_MS = 60_000
