import type { Stage } from '../src/contract'
import { durations, MINUTE_MS, policy } from '../src/contract/policy'
import type { ScenarioPlan, ScenarioStep } from '../src/contract/scenario'
import type { Locale } from '../src/i18n/locale'
import type { AuditRecord, Db, SessionRecord, UserRecord } from './db'
import { type Faults, writeFaults } from './faults'
import { clearSecondFactor } from './handlers/admin'
import { sendCode } from './mail'
import type { ScenarioName } from './scenario-list'
import { seedDb } from './seed'
import { openSession, setCookie } from './session'
import { timeStep, totpCode } from './totp'

/** user01's setup key in every scenario at STEP5, so its QR code looks the same in every shot. */
export const SCENARIO_SECRET = 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ'
const WRONG_PASSWORD = 'Wrong0pass'

type Ctx = { db: Db; now: number; locale: Locale; headers: Headers }
type Plan = ScenarioPlan & { faults?: Faults }
type Builder = (ctx: Ctx) => Plan | Promise<Plan>

function user(db: Db, userId: string): UserRecord {
  const found = db.users[userId]
  if (!found) throw new Error(`no seeded user ${userId}`)
  return found
}

/** Logs `userId` in, as the browser of this portal, at `stage`; `idleMs` ago as last activity. */
function signIn(ctx: Ctx, userId: string, stage: Stage, idleMs = 0): SessionRecord {
  const session = openSession(ctx.db, user(ctx.db, userId), stage, ctx.now)
  session.lastSeenAt = ctx.now - idleMs
  ctx.headers.append('Set-Cookie', setCookie(session.id))
  return session
}

/** STEP3 done: the password was changed (it stays the seeded one, so the demo logins work). */
function passwordChanged(db: Db, userId: string): UserRecord {
  const u = user(db, userId)
  u.passwordChanged = true
  return u
}

/** user01 at STEP5 (TOTP) with the fixed setup key. */
function user01AtTotp(ctx: Ctx): void {
  passwordChanged(ctx.db, 'user01')
  signIn(ctx, 'user01', 'setup').pendingSecret = SCENARIO_SECRET
}

/** user03 with MailOTP registered (it does not have it in the seed). */
function user03Registered(db: Db): UserRecord {
  const u = passwordChanged(db, 'user03')
  u.registered = true
  return u
}

/** A code that matches no time step in the clock-skew window (neither right nor "clock off"). */
async function wrongTotp(secret: string, now: number): Promise<string> {
  const skew = policy.totp.clockSkewSteps
  const near = new Set(
    await Promise.all(
      Array.from({ length: 2 * skew + 1 }, (_, i) =>
        totpCode(secret, now + (i - skew) * durations.totpPeriod),
      ),
    ),
  )
  for (let n = 123456; ; n += 1) {
    const code = String(n % 1_000_000).padStart(6, '0')
    if (!near.has(code)) return code
  }
}

/** The most code mails the limit allows for one attempt, 61 s apart, the last at `lastSentAt`. */
async function mailsToTheLimit(ctx: Ctx, u: UserRecord, attemptId: string, lastSentAt: number) {
  for (let i = policy.mailCode.perUser - 1; i >= 0; i--)
    await sendCode(ctx.db, u, attemptId, { locale: ctx.locale, now: lastSentAt - i * 61_000 })
}

/** The code in the newest mail of the portal. */
function lastMailedCode(db: Db): string {
  const mail = db.mails.at(-1)
  const code = `${mail?.subject ?? ''} ${mail?.body ?? ''}`.match(/\b\d{6}\b/)?.[0]
  if (!code) throw new Error('no code in the last mail')
  return code
}

const fill = (name: string, value: string): ScenarioStep => ({ fill: name, value })
const click = (selector: string): ScenarioStep => ({ click: selector })
const submit: ScenarioStep = { submit: true }
const at = (path: string, ...steps: ScenarioStep[]): Plan => ({ path, steps })

const builders: Record<ScenarioName, Builder> = {
  chooser: () => at('/'),
  'chooser-logged-out': () => at('/?ended=logout'),
  'chooser-idle-ended': () => at('/?ended=idle'),
  'chooser-session-ended': () => at('/?ended=session'),
  'chooser-setup-done': () => at('/?ended=setup'),
  'chooser-demo-accounts': () => at('/', click('main details > summary')),
  'portal-admin': () => at('/portal-admin'),

  'one-step': () => at('/login/one-step'),
  'one-step-empty-submit': () => at('/login/one-step', submit),
  'one-step-wrong-password': () =>
    at('/login/one-step', fill('userId', 'user01'), fill('password', WRONG_PASSWORD), submit),
  'one-step-already-set-up': () =>
    at('/login/one-step', fill('userId', 'user02'), fill('password', 'Secure2024'), submit),

  'dashboard-setup': (ctx) => {
    signIn(ctx, 'user01', 'setup')
    return at('/dashboard')
  },
  'dashboard-full': (ctx) => {
    signIn(ctx, 'user02', 'full')
    return at('/dashboard')
  },
  'dashboard-admin': (ctx) => {
    signIn(ctx, 'admin01', 'full')
    return at('/dashboard')
  },
  // 1½ minutes before the idle limit: the warning shows at once.
  'idle-warning': (ctx) => {
    signIn(ctx, 'user01', 'setup', durations.idle - 90_000)
    return at('/dashboard')
  },

  password: (ctx) => {
    signIn(ctx, 'user01', 'setup')
    return at('/setup/password')
  },
  'password-empty-submit': (ctx) => {
    signIn(ctx, 'user01', 'setup')
    return at('/setup/password', submit)
  },
  'password-rule-errors': (ctx) => {
    signIn(ctx, 'user01', 'setup')
    return at(
      '/setup/password',
      fill('currentPassword', 'welcome1'),
      fill('newPassword', 'user01'),
      fill('confirmPassword', 'user1'),
      submit,
    )
  },
  'password-wrong-current': (ctx) => {
    signIn(ctx, 'user01', 'setup')
    return at(
      '/setup/password',
      fill('currentPassword', WRONG_PASSWORD),
      fill('newPassword', 'Newpass123'),
      fill('confirmPassword', 'Newpass123'),
      submit,
    )
  },

  'password-changed-totp': (ctx) => {
    passwordChanged(ctx.db, 'user01')
    signIn(ctx, 'user01', 'setup')
    return at('/setup/password/done/totp')
  },
  'password-changed-mail': (ctx) => {
    passwordChanged(ctx.db, 'user03')
    signIn(ctx, 'user03', 'setup')
    return at('/setup/password/done/mail')
  },
  'password-changed-admin': (ctx) => {
    passwordChanged(ctx.db, 'admin02')
    signIn(ctx, 'admin02', 'setup')
    return at('/setup/password/done')
  },

  totp: (ctx) => {
    user01AtTotp(ctx)
    return at('/setup/totp')
  },
  'totp-wrong-code': async (ctx) => {
    user01AtTotp(ctx)
    return at('/setup/totp', fill('code', await wrongTotp(SCENARIO_SECRET, ctx.now)), submit)
  },
  // Even the right code fails: the portal answers 500 to Register.
  'totp-server-error': async (ctx) => {
    user01AtTotp(ctx)
    return {
      ...at('/setup/totp', fill('code', await totpCode(SCENARIO_SECRET, ctx.now)), submit),
      faults: { serverErrorOn: ['/api/setup/totp/register'] },
    }
  },
  // A code of 5 steps ahead: an app whose clock is 2½ minutes fast (with the policy's 30-second steps).
  'totp-clock-off': async (ctx) => {
    user01AtTotp(ctx)
    const ahead = await totpCode(SCENARIO_SECRET, ctx.now + 5 * durations.totpPeriod)
    return at('/setup/totp', fill('code', ahead), submit)
  },
  'totp-key-copied': (ctx) => {
    user01AtTotp(ctx)
    return at('/setup/totp', click('[data-action="copy-key"]'))
  },
  'slow-network': (ctx) => {
    user01AtTotp(ctx)
    return { ...at('/setup/totp'), faults: { delayMs: 3000 } }
  },

  'mail-setup': async (ctx) => {
    const u = passwordChanged(ctx.db, 'user03')
    const session = signIn(ctx, 'user03', 'setup').id
    await sendCode(ctx.db, u, session, { locale: ctx.locale, now: ctx.now })
    return at('/setup/mail')
  },
  // The code went 61 seconds ago: "Resend code" can be pressed.
  'mail-setup-resend-ready': async (ctx) => {
    const u = passwordChanged(ctx.db, 'user03')
    const session = signIn(ctx, 'user03', 'setup').id
    await sendCode(ctx.db, u, session, { locale: ctx.locale, now: ctx.now - 61_000 })
    return at('/setup/mail')
  },
  'mail-setup-resent': async (ctx) => {
    const u = passwordChanged(ctx.db, 'user03')
    const session = signIn(ctx, 'user03', 'setup').id
    await sendCode(ctx.db, u, session, { locale: ctx.locale, now: ctx.now - 61_000 })
    return at('/setup/mail', click('[data-action="resend"]'))
  },
  // The most code mails the limit allows, a minute apart: the last a minute ago.
  'mail-setup-limit': async (ctx) => {
    const u = passwordChanged(ctx.db, 'user03')
    await mailsToTheLimit(ctx, u, signIn(ctx, 'user03', 'setup').id, ctx.now - 61_000)
    return at('/setup/mail')
  },
  // The same, all but the first over ten minutes ago: the last code has expired, the limit holds.
  'mail-setup-expired-at-limit': async (ctx) => {
    const u = passwordChanged(ctx.db, 'user03')
    const lastSentAt = ctx.now - durations.mailCodeValid - 1_000
    await mailsToTheLimit(ctx, u, signIn(ctx, 'user03', 'setup').id, lastSentAt)
    return at('/setup/mail')
  },
  // The limit reached in an earlier setup attempt: this one's first code is refused.
  'mail-setup-limit-earlier': async (ctx) => {
    const u = passwordChanged(ctx.db, 'user03')
    await mailsToTheLimit(ctx, u, 'scenario-earlier', ctx.now - 61_000)
    signIn(ctx, 'user03', 'setup')
    return at('/setup/mail')
  },
  'mail-setup-wrong-code': async (ctx) => {
    const u = passwordChanged(ctx.db, 'user03')
    const session = signIn(ctx, 'user03', 'setup').id
    await sendCode(ctx.db, u, session, { locale: ctx.locale, now: ctx.now })
    const right = lastMailedCode(ctx.db)
    const wrong = right === '123456' ? '654321' : '123456'
    return at('/setup/mail', fill('code', wrong), submit)
  },

  // The real last step: the right code of the fixed key, registered.
  complete: async (ctx) => {
    user01AtTotp(ctx)
    return at('/setup/totp', fill('code', await totpCode(SCENARIO_SECRET, ctx.now)), submit)
  },

  'two-step': () => at('/login'),
  'two-step-wrong-password': () =>
    at('/login', fill('userId', 'user02'), fill('password', WRONG_PASSWORD), submit),
  'two-step-locked': (ctx) => {
    user(ctx.db, 'user01').lockedUntil = ctx.now + durations.lockout
    return at('/login', fill('userId', 'user01'), fill('password', 'welcome1'), submit)
  },
  'two-step-setup-required': () =>
    at('/login', fill('userId', 'user01'), fill('password', 'welcome1'), submit),
  'verify-totp': (ctx) => {
    signIn(ctx, 'user02', 'challenge')
    return at('/login/verify')
  },
  'verify-totp-wrong-code': async (ctx) => {
    signIn(ctx, 'user02', 'challenge')
    const secret = user(ctx.db, 'user02').totpSecret ?? ''
    return at('/login/verify', fill('code', await wrongTotp(secret, ctx.now)), submit)
  },
  // The step of the current code was used already (by another login a moment ago).
  'verify-totp-reused': async (ctx) => {
    const u = user(ctx.db, 'user02')
    u.lastTotpStep = timeStep(ctx.now)
    signIn(ctx, 'user02', 'challenge')
    return at('/login/verify', fill('code', await totpCode(u.totpSecret ?? '', ctx.now)), submit)
  },
  // 4 failed checks before (wrong passwords, say): the screen warns that one more locks.
  'verify-totp-attempts-left': (ctx) => {
    user(ctx.db, 'user02').failedCount = policy.lockout.failures - 1
    signIn(ctx, 'user02', 'challenge')
    return at('/login/verify')
  },
  // 4 failed checks before: the wrong code locks the account, a state of the page.
  'verify-totp-locked': async (ctx) => {
    const u = user(ctx.db, 'user02')
    u.failedCount = 4
    signIn(ctx, 'user02', 'challenge')
    return at('/login/verify', fill('code', await wrongTotp(u.totpSecret ?? '', ctx.now)), submit)
  },
  'verify-mail': async (ctx) => {
    const u = user03Registered(ctx.db)
    const session = signIn(ctx, 'user03', 'challenge').id
    await sendCode(ctx.db, u, session, { locale: ctx.locale, now: ctx.now })
    return at('/login/verify')
  },
  // The code was mailed a minute longer ago than it is valid: the screen says so, and it fails.
  'verify-mail-expired': async (ctx) => {
    const u = user03Registered(ctx.db)
    const session = signIn(ctx, 'user03', 'challenge').id
    const sentAt = ctx.now - durations.mailCodeValid - MINUTE_MS
    await sendCode(ctx.db, u, session, { locale: ctx.locale, now: sentAt })
    return at('/login/verify', fill('code', lastMailedCode(ctx.db)), submit)
  },

  'admin-users': (ctx) => {
    signIn(ctx, 'admin01', 'full')
    return at('/admin')
  },
  'admin-users-locked': (ctx) => {
    user(ctx.db, 'user01').lockedUntil = ctx.now + durations.lockout
    passwordChanged(ctx.db, 'user03')
    signIn(ctx, 'admin01', 'full')
    return at('/admin')
  },

  'admin-confirm-switch': (ctx) => {
    signIn(ctx, 'admin01', 'full')
    return at('/admin', click('[data-action="switch-user02"]'))
  },
  'admin-confirm-reset': (ctx) => {
    signIn(ctx, 'admin01', 'full')
    return at('/admin', click('[data-action="reset-user02"]'))
  },
  'admin-confirm-unlock': (ctx) => {
    user(ctx.db, 'user01').lockedUntil = ctx.now + durations.lockout
    signIn(ctx, 'admin01', 'full')
    return at('/admin', click('[data-action="unlock-user01"]'))
  },
  'admin-audit': (ctx) => {
    const entry = (
      minutesAgo: number,
      target: string,
      action: AuditRecord['action'],
      detail: string,
    ) =>
      ctx.db.audit.push({
        id: `audit-${minutesAgo}`,
        at: ctx.now - minutesAgo * 60_000,
        actor: 'admin01',
        target,
        action,
        detail,
      })
    entry(30, 'user03', 'switch_method', 'TOTP → MailOTP')
    entry(20, 'user02', 'reset', 'TOTP')
    entry(5, 'user01', 'unlock', '')
    // The users are as the log leaves them: user03 is seeded with MailOTP, user01 unlocked, and
    // user02's registration is gone.
    clearSecondFactor(ctx.db, user(ctx.db, 'user02'))
    signIn(ctx, 'admin01', 'full')
    return at('/admin')
  },

  'mailbox-empty': () => at('/mailbox'),
  'mailbox-with-mails': async (ctx) => {
    const u = user(ctx.db, 'user03')
    const mail = { locale: ctx.locale, now: ctx.now - 20 * 60_000 }
    await sendCode(ctx.db, u, 'scenario-setup', mail)
    await sendCode(ctx.db, u, 'scenario-setup', { ...mail, now: ctx.now - 18 * 60_000 })
    await sendCode(ctx.db, u, 'scenario-login', { ...mail, now: ctx.now - 2 * 60_000 })
    return at('/mailbox')
  },

  'not-found': () => at('/no-such-page'),
}

/**
 * Puts this portal in the named state: the seeded accounts plus the scenario's changes, its
 * faults, and (where the state has one) a session whose cookie the answer sets.
 */
export async function applyScenario(name: ScenarioName, ctx: Ctx): Promise<ScenarioPlan> {
  Object.assign(ctx.db, await seedDb())
  const { faults = {}, ...plan } = await builders[name](ctx)
  writeFaults(faults)
  return plan
}
