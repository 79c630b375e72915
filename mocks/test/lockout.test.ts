// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { client } from './client'
import {
  admin,
  advance,
  codeAt,
  expectAttemptsLeft,
  expectError,
  expectOk,
  loginOneStep,
  loginTwoStep,
  loginUser02,
  MINUTE,
  mailCode,
  NEW_PASSWORD,
  type Res,
  SECOND,
  setUpUser03,
  T0,
  USER02_SECRET,
  user01AtStep5,
  verify,
  withPortal,
  wrongCode,
  wrongLogin,
} from './helpers'
import { expectRefused } from './refusals'

withPortal()

const LOCKED_UNTIL = T0 + 15 * MINUTE

/**
 * Sends `times` failed checks and returns the last answer. Each before it is refused without a
 * lock; where the check tells the count (codes, current password), `left` is the first count.
 */
async function fail(send: () => Promise<Res>, times: number, left?: number): Promise<Res> {
  for (let i = 0; i < times - 1; i += 1) {
    const res = await send()
    expect(res.status).not.toBe(423)
    expect(res.json.attemptsLeft).toBe(left === undefined ? undefined : left - i)
  }
  return send()
}

function expectLocked(res: Res, until = LOCKED_UNTIL) {
  expectError(res, 423, 'locked')
  expect(res.json.lockedUntil).toBe(until)
  expect(res.json.message).toContain(new Date(until).toISOString())
  expect(res.json.message).toContain('Portal Admin')
}

const rightLogin = () =>
  client().post('/api/login/two-step', { userId: 'user02', password: 'Secure2024' })

async function lockUser02(): Promise<void> {
  expectLocked(await fail(() => wrongLogin('user02'), 5))
}

describe('lockout after 5 consecutive failed checks', () => {
  it('locks after 5 wrong passwords for 15 minutes, and lets the user in after', async () => {
    await lockUser02()
    const users = (await (await admin()).get('/api/admin/users')).json.users
    expect(users).toContainEqual(
      expect.objectContaining({ userId: 'user02', lockedUntil: LOCKED_UNTIL }),
    )

    advance(15 * MINUTE - SECOND)
    expectLocked(await rightLogin()) // the right password does not open it, nor extend the lock
    expectLocked(await wrongLogin('user02'))

    advance(SECOND)
    const after = (await (await admin()).get('/api/admin/users')).json.users
    expect(after).toContainEqual(expect.objectContaining({ userId: 'user02', lockedUntil: null }))
    await loginUser02()
    await expectAttemptsLeft('user02', 5) // the count started again
  })

  it('refuses a locked user’s right password without changing anything', async () => {
    await lockUser02()
    const stillWorks = async () => {
      advance(15 * MINUTE)
      await loginUser02()
    }
    await expectRefused({ c: client(), stillWorks }, rightLogin, 423, 'locked')
  })

  it('locks the 1-step login too', async () => {
    const login = (password: string) => () =>
      client().post('/api/login/one-step', { userId: 'user01', password })
    expectLocked(await fail(login('welcome2'), 5))
    expectLocked(await login('welcome1')())
  })

  it('counts wrong passwords and wrong codes together', async () => {
    await fail(() => wrongLogin('user02'), 2)
    const c = await loginTwoStep('user02') // the right password alone is not a successful login
    const wrong = () => c.post('/api/login/verify', { code: wrongCode(USER02_SECRET) })
    expectLocked(await fail(wrong, 3, 2))
    expectLocked(await c.post('/api/login/verify', { code: codeAt(USER02_SECRET) }))
  })

  it('starts the count again after a successful login', async () => {
    await fail(() => wrongLogin('user02'), 4)
    await loginUser02()
    await expectAttemptsLeft('user02', 5)
  })

  it("tells the user who passed the password how many attempts are left: the code screen's session", async () => {
    await fail(() => wrongLogin('user02'), 4)
    const c = await loginTwoStep('user02')
    expect((await c.get('/api/session')).json).toMatchObject({
      stage: 'challenge',
      attemptsLeft: 1,
    })
    await verify(c, codeAt(USER02_SECRET))
    expect((await c.get('/api/session')).json).toMatchObject({ stage: 'full', attemptsLeft: 5 })
  })

  it('locks after 5 wrong current passwords at STEP3', async () => {
    const c = await loginOneStep('user01')
    const change = (currentPassword: string) => () =>
      c.post('/api/setup/password', {
        currentPassword,
        newPassword: NEW_PASSWORD,
        confirmPassword: NEW_PASSWORD,
      })
    expectLocked(await fail(change('welcome2'), 5, 4))
    expectLocked(await change('welcome1')())
    expect((await c.get('/api/session')).json.user).toMatchObject({ passwordChanged: false })
  })

  it('locks after 5 wrong codes at the TOTP setup', async () => {
    const { c, secret } = await user01AtStep5()
    const register = (code: string) => () => c.post('/api/setup/totp/register', { code })
    expectLocked(await fail(register(wrongCode(secret)), 5, 4))
    // and the 5th wrong code ended this setup step: the user logs in again after the lock
    expectError(await register(codeAt(secret))(), 401, 'unauthenticated')
  })

  it('does not start the count again when a new mail code is sent', async () => {
    await setUpUser03()
    advance(MINUTE)
    const c = await loginTwoStep('user03', NEW_PASSWORD)
    const code = await mailCode('user03')
    const wrong = () =>
      c.post('/api/login/verify', { code: code === '000000' ? '000001' : '000000' })
    await fail(wrong, 2, 4)
    advance(MINUTE)
    expectOk(await c.post('/api/login/resend'))
    expectLocked(await fail(wrong, 3, 2), Date.now() + 15 * MINUTE)
  })
})

describe('unlock by the Portal Admin', () => {
  it('unlocks at once, and writes it in the audit list', async () => {
    await lockUser02()
    const a = await admin()
    advance(MINUTE)
    const res = await a.post('/api/admin/users/user02/unlock')
    expectOk(res)
    expect(res.json).toMatchObject({ userId: 'user02', lockedUntil: null })
    await loginUser02()
    expect((await a.get('/api/admin/audit')).json.entries).toEqual([
      expect.objectContaining({
        actor: 'admin01',
        target: 'user02',
        action: 'unlock',
        at: T0 + MINUTE,
      }),
    ])
  })

  it('refuses to unlock a user whose lock has run out', async () => {
    await lockUser02()
    advance(15 * MINUTE)
    const scene = {
      c: await admin(),
      userId: 'user02',
      stillWorks: async () => void (await loginUser02()),
    }
    await expectRefused(scene, (c) => c.post('/api/admin/users/user02/unlock'), 409, 'wrong_step')
  })
})
