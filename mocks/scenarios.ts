import type { Stage } from '../src/contract'
import type { ScenarioPlan, ScenarioStep } from '../src/contract/scenario'
import type { Locale } from '../src/i18n/locale'
import type { Db, SessionRecord, UserRecord } from './db'
import { type Faults, writeFaults } from './faults'
import { LOCK_MS } from './lockout'
import { CODE_TTL_MS, sendCode } from './mail'
import type { ScenarioName } from './scenario-list'
import { seedDb } from './seed'
import { IDLE_MS, openSession, setCookie } from './session'
import { TOTP_PERIOD, totpCode } from './totp'

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

/** A 6-digit code that matches no time step within ±10 of now (neither right nor "clock off"). */
async function wrongTotp(secret: string, now: number): Promise<string> {
  const near = new Set(
    await Promise.all(
      Array.from({ length: 21 }, (_, i) => totpCode(secret, now + (i - 10) * TOTP_PERIOD * 1000)),
    ),
  )
  for (let n = 123456; ; n += 1) {
    const code = String(n % 1_000_000).padStart(6, '0')
    if (!near.has(code)) return code
  }
}

/** The code in the newest mail of the portal. */
function lastMailedCode(db: Db): string {
  const mail = db.mails.at(-1)
  const code = `${mail?.subject ?? ''} ${mail?.body ?? ''}`.match(/\b\d{6}\b/)?.[0]
  if (!code) throw new Error('no code in the last mail')
  return code
}

const fill = (name: string, value: string): ScenarioStep => ({ fill: name, value })
const submit: ScenarioStep = { submit: true }
const at = (path: string, ...steps: ScenarioStep[]): Plan => ({ path, steps })

const builders: Record<ScenarioName, Builder> = {
  chooser: () => at('/'),
  'chooser-logged-out': () => at('/?ended=logout'),
  'chooser-idle-ended': () => at('/?ended=idle'),
  'chooser-setup-done': () => at('/?ended=setup'),

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
  // 28½ minutes without activity: the warning (2 minutes before the 30) shows at once.
  'idle-warning': (ctx) => {
    signIn(ctx, 'user01', 'setup', IDLE_MS - 90_000)
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
    return at('/setup/password/done')
  },
  'password-changed-mail': (ctx) => {
    passwordChanged(ctx.db, 'user03')
    signIn(ctx, 'user03', 'setup')
    return at('/setup/password/done')
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
  'two-step-locked': (ctx) => {
    user(ctx.db, 'user01').lockedUntil = ctx.now + LOCK_MS
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
  'verify-mail': async (ctx) => {
    const u = user03Registered(ctx.db)
    const session = signIn(ctx, 'user03', 'challenge').id
    await sendCode(ctx.db, u, session, { locale: ctx.locale, now: ctx.now })
    return at('/login/verify')
  },
  // The code was mailed 11 minutes ago (valid 10): the screen says so, and entering it fails.
  'verify-mail-expired': async (ctx) => {
    const u = user03Registered(ctx.db)
    const session = signIn(ctx, 'user03', 'challenge').id
    const sentAt = ctx.now - CODE_TTL_MS - 60_000
    await sendCode(ctx.db, u, session, { locale: ctx.locale, now: sentAt })
    return at('/login/verify', fill('code', lastMailedCode(ctx.db)), submit)
  },

  'admin-users': (ctx) => {
    signIn(ctx, 'admin01', 'full')
    return at('/admin')
  },
  'admin-users-locked': (ctx) => {
    user(ctx.db, 'user01').lockedUntil = ctx.now + LOCK_MS
    passwordChanged(ctx.db, 'user03')
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
