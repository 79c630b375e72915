import { expect } from 'vitest'
import type { ErrorCode } from '../../src/contract'
import { client } from './client'
import {
  admin,
  type Client,
  codeAt,
  expectAttemptsLeft,
  expectError,
  expectOk,
  loginTwoStep,
  loginUser02,
  mailbox,
  NEW_PASSWORD,
  PASSWORDS,
  type Res,
  USER02_SECRET,
  user01AtStep5,
  user03AtStep5,
  verify,
} from './helpers'

/** Where a bad request is sent from, and how to tell that it changed nothing. */
export type Scene = {
  /** The browser that sends the bad request. */
  c: Client
  /** The user whose failure count must move only if the refusal is a failed check. */
  userId?: string
  /** A good request that still works afterwards, exactly as it would have before. */
  stillWorks?: () => Promise<void>
}

/**
 * What the portal shows about itself: the sender's session, the users, audit list and mails.
 * The session's idle deadline is left out: any request of a signed-in user counts as activity;
 * so is the count of attempts it shows, which a counted failure moves.
 */
async function serverState(c: Client) {
  const observer = await admin()
  const { idleExpiresAt: _, attemptsLeft, ...session } = (await c.get('/api/session')).json
  return {
    attemptsLeft,
    session,
    users: (await observer.get('/api/admin/users')).json,
    audit: (await observer.get('/api/admin/audit')).json,
    mails: await mailbox(),
  }
}

/**
 * Sends a bad request and proves the refusal: the status and code, no change in the state the
 * portal shows, a failure count moved by one only when `counts` (a wrong credential), and the
 * scene's good request still working.
 */
export async function expectRefused(
  scene: Scene,
  send: (c: Client) => Promise<Res>,
  status: number,
  code: ErrorCode,
  { counts = false } = {},
): Promise<Res> {
  const { attemptsLeft, ...before } = await serverState(scene.c)
  const res = await send(scene.c)
  expectError(res, status, code)
  expect(res.json.message).toEqual(expect.any(String))
  const { attemptsLeft: attemptsLeftAfter, ...after } = await serverState(scene.c)
  expect(after).toEqual(before)
  // the session tells its user the same count
  if (typeof attemptsLeft === 'number')
    expect(attemptsLeftAfter).toBe(attemptsLeft - (counts ? 1 : 0))
  if (scene.userId) {
    const left = counts ? 4 : 5
    // a code or current-password check says how many are left; the login's password check does not
    if (counts && res.json.code !== 'invalid_credentials') expect(res.json.attemptsLeft).toBe(left)
    await expectAttemptsLeft(scene.userId, left)
  }
  await scene.stillWorks?.()
  return res
}

/** A fresh browser with no session; `userId`'s good login must still work afterwards. */
export async function anonymous(userId?: 'user02' | 'user01'): Promise<Scene> {
  const c = client()
  if (userId === 'user02') return { c, userId, stillWorks: async () => void (await loginUser02()) }
  if (userId === 'user01') {
    const stillWorks = async () => {
      const res = await client().post('/api/login/one-step', {
        userId: 'user01',
        password: PASSWORDS.user01,
      })
      expectOk(res)
    }
    return { c, userId, stillWorks }
  }
  return { c }
}

/** user01 after the 1-step login (STEP2): the password change still works. */
export async function user01Setup(): Promise<Scene> {
  const c = client()
  expectOk(await c.post('/api/login/one-step', { userId: 'user01', password: PASSWORDS.user01 }))
  const stillWorks = async () => {
    const body = { currentPassword: 'welcome1', newPassword: NEW_PASSWORD }
    expectOk(await c.post('/api/setup/password', { ...body, confirmPassword: NEW_PASSWORD }))
  }
  return { c, userId: 'user01', stillWorks }
}

/** user01 at STEP5 with a secret issued: registering with the current code still works. */
export async function user01Step5(): Promise<Scene & { secret: string }> {
  const { c, secret } = await user01AtStep5()
  const stillWorks = async () => {
    const again = await c.post('/api/setup/totp')
    expect(again.json.secret).toBe(secret)
    expectOk(await c.post('/api/setup/totp/register', { code: codeAt(secret) }))
  }
  return { c, secret, userId: 'user01', stillWorks }
}

/** user02 after the password step of the 2-step login: the current code still verifies. */
export async function user02Challenge(): Promise<Scene> {
  const c = await loginTwoStep('user02')
  return { c, userId: 'user02', stillWorks: () => verify(c, codeAt(USER02_SECRET)) }
}

/** user02 fully logged in (with the code of the current step). */
export async function user02Full(): Promise<Scene> {
  const c = await loginUser02()
  const stillWorks = async () => expectOk(await c.post('/api/session/keepalive'))
  return { c, userId: 'user02', stillWorks }
}

/** user02's browser after "Log out": a new login (next step's code) still works. */
export async function user02LoggedOut(): Promise<Scene> {
  const c = await loginUser02()
  expectOk(await c.post('/api/logout'))
  return { c, userId: 'user02', stillWorks: async () => void (await loginUser02(1)) }
}

/** user03 at STEP5 with a code mailed: registering with that code still works. */
export async function user03Step5(): Promise<Scene & { code: string }> {
  const { c, code } = await user03AtStep5()
  const stillWorks = async () => {
    const res = await c.post('/api/setup/mail/register', { code })
    expect(res).toEqual({ status: 200, json: { ok: true } })
  }
  return { c, code, userId: 'user03', stillWorks }
}

/** admin01 fully logged in: the user list still answers. */
export async function admin01(): Promise<Scene> {
  const c = await admin()
  return { c, userId: 'admin01', stillWorks: async () => expectOk(await c.get('/api/admin/users')) }
}
