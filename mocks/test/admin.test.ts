// @vitest-environment node
import { describe, expect, it } from 'vitest'
import type { ErrorCode } from '../../src/contract'
import {
  admin,
  advance,
  type Client,
  codeAt,
  expectError,
  expectOk,
  loginOneStep,
  loginTwoStep,
  loginUser02,
  mailbox,
  mailCode,
  type Res,
  STEP,
  T0,
  USER02_SECRET,
  user01AtStep5,
  verify,
  withPortal,
} from './helpers'
import { admin01, anonymous, expectRefused, type Scene } from './refusals'

withPortal()

const switchTo = (userId: string, method: string) => (c: Client) =>
  c.post(`/api/admin/users/${userId}/method`, { method })
const reset = (userId: string) => (c: Client) => c.post(`/api/admin/users/${userId}/reset`)
const unlock = (userId: string) => (c: Client) => c.post(`/api/admin/users/${userId}/unlock`)

async function auditEntries(): Promise<unknown[]> {
  return (await (await admin()).get('/api/admin/audit')).json.entries as unknown[]
}

describe('User management', () => {
  it('lists the seeded users, without passwords or secrets', async () => {
    const res = await (await admin()).get('/api/admin/users')
    expectOk(res)
    const row = (userId: string, role: string, method: string, done: boolean, chosen = true) => ({
      userId,
      name: expect.any(String),
      role,
      method,
      methodChosen: chosen,
      passwordChanged: done,
      registered: done,
      lockedUntil: null,
    })
    expect(res.json.users).toEqual([
      row('user01', 'general', 'totp', false),
      row('user02', 'general', 'totp', true),
      row('user03', 'general', 'mail', false),
      row('admin01', 'admin', 'totp', true),
      row('admin02', 'admin', 'totp', false, false),
    ])
    expect(await auditEntries()).toEqual([])
  })

  it('switches user02 to MailOTP: its sessions end, it gets a mail, the audit list shows it', async () => {
    const full = await loginUser02()
    const waiting = await loginTwoStep('user02')
    advance(STEP)
    const res = await switchTo('user02', 'mail')(await admin())
    expectOk(res)
    expect(res.json).toMatchObject({ userId: 'user02', method: 'mail', registered: false })
    expectError(await full.get('/api/session'), 401, 'unauthenticated')
    expectError(
      await waiting.post('/api/login/verify', { code: codeAt(USER02_SECRET) }),
      401,
      'unauthenticated',
    )
    expect((await mailbox())[0]).toMatchObject({
      to: 'user02@example.com',
      subject: 'Business Portal: your second verification method was changed',
    })
    expect(await auditEntries()).toEqual([
      {
        id: expect.any(String),
        at: T0 + STEP,
        actor: 'admin01',
        target: 'user02',
        action: 'switch_method',
        detail: expect.stringContaining('MailOTP'),
      },
    ])
  })

  it('after the switch, refuses user02’s TOTP codes and sets up MailOTP at its next login', async () => {
    expectOk(await switchTo('user02', 'mail')(await admin()))
    const c = await loginTwoStep('user02', 'Secure2024', 'setup') // straight to STEP5
    expect((await c.get('/api/session')).json.user).toMatchObject({
      method: 'mail',
      passwordChanged: true,
    })
    const totp = codeAt(USER02_SECRET, 1)
    expectError(await c.post('/api/login/verify', { code: totp }), 409, 'wrong_step')
    expectError(await c.post('/api/setup/totp/register', { code: totp }), 409, 'wrong_step')
    expectError(
      await c.post('/api/setup/password', {
        currentPassword: 'Secure2024',
        newPassword: 'Secure2025',
        confirmPassword: 'Secure2025',
      }),
      409,
      'wrong_step',
    ) // no second password change
    expectOk(await c.post('/api/setup/mail/send'))
    expectError(await c.post('/api/setup/mail/register', { code: totp }), 400, 'code_invalid')
    expectOk(await c.post('/api/setup/mail/register', { code: await mailCode('user02') }))

    const login = await loginTwoStep('user02', 'Secure2024')
    expectError(
      await login.post('/api/login/verify', { code: codeAt(USER02_SECRET, 1) }),
      400,
      'code_invalid',
    )
    await verify(login, await mailCode('user02'))
  })

  it('switches user01, midway through its setup, to MailOTP', async () => {
    const c = await loginOneStep('user01')
    expectOk(await switchTo('user01', 'mail')(await admin()))
    expectError(await c.get('/api/session'), 401, 'unauthenticated')
    const again = await loginOneStep('user01')
    expect((await again.get('/api/session')).json.user).toMatchObject({
      method: 'mail',
      passwordChanged: false,
    })
  })

  it('resets user02: a new TOTP setup at the next login, the old secret refused', async () => {
    const before = await loginUser02()
    const res = await reset('user02')(await admin())
    expect(res.json).toMatchObject({
      userId: 'user02',
      method: 'totp',
      registered: false,
      passwordChanged: true,
    })
    expectError(await before.get('/api/session'), 401, 'unauthenticated')
    expect((await auditEntries())[0]).toMatchObject({
      action: 'reset',
      actor: 'admin01',
      target: 'user02',
    })
    expect((await mailbox())[0]?.subject).toBe(
      'Business Portal: your 2-step verification was reset',
    )

    const c = await loginTwoStep('user02', 'Secure2024', 'setup')
    const start = await c.post('/api/setup/totp')
    const secret = String(start.json.secret)
    expect(secret).not.toBe(USER02_SECRET)
    expectError(
      await c.post('/api/setup/totp/register', { code: codeAt(USER02_SECRET, 1) }),
      400,
      'code_invalid',
    )
    expectOk(await c.post('/api/setup/totp/register', { code: codeAt(secret) }))
    expectError(await c.get('/api/session'), 401, 'unauthenticated')

    advance(STEP)
    await verify(await loginTwoStep('user02'), codeAt(secret))
  })

  it('lets a reset user use the 1-step login again, straight to STEP5', async () => {
    expectOk(await reset('user02')(await admin()))
    const c = await loginOneStep('user02', 'Secure2024')
    expect((await c.get('/api/session')).json.user).toMatchObject({
      passwordChanged: true,
      registered: false,
    })
    expectOk(await c.post('/api/setup/totp'))
  })
})

describe('admin requests refused', () => {
  const user02Stays = async (): Promise<Scene> => ({
    ...(await admin01()),
    stillWorks: async () => void (await loginUser02()),
  })
  const rows: [string, () => Promise<Scene>, (c: Client) => Promise<Res>, number, ErrorCode][] = [
    ['resetting another admin', admin01, reset('admin02'), 403, 'forbidden'],
    ['resetting oneself', admin01, reset('admin01'), 403, 'forbidden'],
    ['unlocking another admin', admin01, unlock('admin02'), 403, 'forbidden'],
    ['switching oneself', admin01, switchTo('admin01', 'mail'), 403, 'forbidden'],
    ['switching an unknown user', admin01, switchTo('nobody', 'mail'), 404, 'not_found'],
    ['resetting a user ID that cannot exist', admin01, reset('no%20one'), 404, 'not_found'],
    ['resetting a user who has registered nothing', admin01, reset('user01'), 409, 'wrong_step'],
    ['switching to an unknown method', user02Stays, switchTo('user02', 'sms'), 400, 'bad_request'],
    [
      'switching without a method',
      user02Stays,
      (c) => c.post('/api/admin/users/user02/method', {}),
      400,
      'bad_request',
    ],
    [
      'switching to the method already set',
      user02Stays,
      switchTo('user02', 'totp'),
      409,
      'wrong_step',
    ],
    ['unlocking a user who is not locked', user02Stays, unlock('user02'), 409, 'wrong_step'],
    [
      'user list by an admin who has not entered the code yet',
      async () => ({ c: await loginTwoStep('admin01') }),
      (c) => c.get('/api/admin/users'),
      403,
      'forbidden',
    ],
    [
      'reset by an admin still in the initial setting',
      async () => ({ c: await loginOneStep('admin02'), userId: 'admin02' }),
      reset('user02'),
      403,
      'forbidden',
    ],
    [
      'unlock by a general user at STEP5',
      async () => ({ ...(await anonymous('user02')), c: (await user01AtStep5()).c }),
      unlock('user02'),
      403,
      'forbidden',
    ],
  ]

  it.each(rows)('%s', async (_, scene, send, status, code) => {
    await expectRefused(await scene(), send, status, code)
  })
})
