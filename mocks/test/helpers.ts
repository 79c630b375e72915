import { Secret, TOTP } from 'otpauth'
import { afterEach, beforeEach, expect, vi } from 'vitest'
import type { ErrorCode } from '../../src/contract'
import { client, withMockPortal } from './client'

export type Client = ReturnType<typeof client>
export type Res = { status: number; json: Record<string, unknown> }

/** DESIGN.md section 3. */
export const PASSWORDS: Record<string, string> = {
  user01: 'welcome1',
  user02: 'Secure2024',
  user03: 'welcome3',
  admin01: 'Admin2024x',
  admin02: 'adminpass2',
}
export const USER02_SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP'
export const ADMIN01_SECRET = 'KRSXG5CTMVRXEZLUKRSXG5CTMVRXEZLU'
export const NEW_PASSWORD = 'Newpass123'
export const WRONG_PASSWORD = 'Wrong0pass'

export const SECOND = 1000
export const MINUTE = 60 * SECOND
export const STEP = 30 * SECOND
/** A fixed start time, 10 s into a TOTP time step, so codes never straddle a step boundary. */
export const T0 = 60_000_000 * STEP + 10 * SECOND

/**
 * A fresh seeded portal per test, with the clock frozen at T0 (only `Date` is faked: msw needs
 * real timers). Move it with `advance`.
 */
export function withPortal() {
  withMockPortal()
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(T0)
    observer = undefined
  })
  afterEach(() => {
    vi.useRealTimers()
  })
}

export function advance(ms: number) {
  vi.setSystemTime(Date.now() + ms)
}

export function expectError(res: Res, status: number, code: ErrorCode) {
  expect({ status: res.status, code: res.json.code }).toEqual({ status, code })
}

export function expectOk(res: Res) {
  expect(res.status, JSON.stringify(res.json)).toBe(200)
}

/** The code an authenticator app (otpauth, as in the e2e tests) shows `steps` time steps from now. */
export function codeAt(secret: string, steps = 0): string {
  const app = new TOTP({
    algorithm: 'SHA1',
    digits: 6,
    period: STEP / 1000,
    secret: Secret.fromBase32(secret),
  })
  return app.generate({ timestamp: Date.now() + steps * STEP })
}

/** A 6-digit code that matches no time step within ±10 of now (so neither ok nor clock_skew). */
export function wrongCode(secret: string): string {
  const near = new Set(Array.from({ length: 21 }, (_, i) => codeAt(secret, i - 10)))
  for (let n = 0; ; n += 1) {
    const candidate = String(n).padStart(6, '0')
    if (!near.has(candidate)) return candidate
  }
}

export async function loginOneStep(
  userId: string,
  password = PASSWORDS[userId] ?? '',
): Promise<Client> {
  const c = client()
  const res = await c.post('/api/login/one-step', { userId, password })
  expectOk(res)
  expect(res.json.stage).toBe('setup')
  return c
}

/** The password step of the 2-step login; `stage` is 'challenge', or 'setup' after a reset. */
export async function loginTwoStep(
  userId: string,
  password = PASSWORDS[userId] ?? '',
  stage = 'challenge',
): Promise<Client> {
  const c = client()
  const res = await c.post('/api/login/two-step', { userId, password })
  expectOk(res)
  expect(res.json.stage).toBe(stage)
  return c
}

export async function verify(c: Client, code: string): Promise<void> {
  const res = await c.post('/api/login/verify', { code })
  expectOk(res)
  expect(res.json.stage).toBe('full')
}

/** user02 fully logged in with the code its app shows `steps` time steps from now. */
export async function loginUser02(steps = 0): Promise<Client> {
  const c = await loginTwoStep('user02')
  await verify(c, codeAt(USER02_SECRET, steps))
  return c
}

export async function loginAdmin01(steps = 0): Promise<Client> {
  const c = await loginTwoStep('admin01')
  await verify(c, codeAt(ADMIN01_SECRET, steps))
  return c
}

let observer: Client | undefined

/** admin01, logged in once per test (again if its session ended), to look at server state. */
export async function admin(): Promise<Client> {
  if (observer && (await observer.get('/api/session')).status === 200) return observer
  // a second login in the same time step must use the next step's code
  observer = observer ? await loginAdmin01(1) : await loginAdmin01()
  return observer
}

export async function changePassword(
  c: Client,
  currentPassword: string,
  newPassword = NEW_PASSWORD,
): Promise<void> {
  const res = await c.post('/api/setup/password', {
    currentPassword,
    newPassword,
    confirmPassword: newPassword,
  })
  expectOk(res)
  expect((res.json.user as { passwordChanged: boolean }).passwordChanged).toBe(true)
}

/** user01 after the 1-step login and the password change, with its TOTP secret issued. */
export async function user01AtStep5(): Promise<{ c: Client; secret: string }> {
  const c = await loginOneStep('user01')
  await changePassword(c, 'welcome1')
  const start = await c.post('/api/setup/totp')
  expectOk(start)
  return { c, secret: String(start.json.secret) }
}

/** user01 through STEP1–STEP5 with a code of the current step; returns its new secret. */
export async function setUpUser01(): Promise<string> {
  const { c, secret } = await user01AtStep5()
  const reg = await c.post('/api/setup/totp/register', { code: codeAt(secret) })
  expect(reg).toEqual({ status: 200, json: { ok: true } })
  return secret
}

export type Mail = { id: string; to: string; subject: string; body: string; sentAt: number }

/** The mock mailbox, newest first. */
export async function mailbox(): Promise<Mail[]> {
  const res = await client().get('/api/mock/mailbox')
  expectOk(res)
  return res.json.mails as Mail[]
}

/** The code in the newest code mail to `userId`. */
export async function mailCode(userId: string): Promise<string> {
  const mail = (await mailbox()).find(
    (m) => m.to === `${userId}@example.com` && /verification code/.test(m.subject),
  )
  const code = mail?.subject.match(/\b\d{6}\b/)?.[0]
  if (!code) throw new Error(`no code mail for ${userId}`)
  expect(mail?.body).toContain(code)
  return code
}

/** user03 after the 1-step login and the password change, with a setup code mailed. */
export async function user03AtStep5(): Promise<{ c: Client; code: string }> {
  const c = await loginOneStep('user03')
  await changePassword(c, 'welcome3')
  expectOk(await c.post('/api/setup/mail/send'))
  return { c, code: await mailCode('user03') }
}

/** user03 through STEP1–STEP5 with a mailed code. */
export async function setUpUser03(): Promise<void> {
  const { c, code } = await user03AtStep5()
  const reg = await c.post('/api/setup/mail/register', { code })
  expect(reg).toEqual({ status: 200, json: { ok: true } })
}

export function wrongLogin(userId: string): Promise<Res> {
  return client().post('/api/login/two-step', { userId, password: WRONG_PASSWORD })
}

/**
 * Proves `userId` has exactly `left` failed checks to go, the way anyone could learn it: the
 * `left`-th wrong password locks the account. A general user is then unlocked by admin01.
 */
export async function expectAttemptsLeft(userId: string, left: number): Promise<void> {
  for (let i = 1; i < left; i += 1) {
    expectError(await wrongLogin(userId), 401, 'invalid_credentials')
  }
  expectError(await wrongLogin(userId), 423, 'locked')
  if (userId.startsWith('user')) {
    expectOk(await (await admin()).post(`/api/admin/users/${userId}/unlock`))
  }
}
