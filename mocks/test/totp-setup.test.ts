// @vitest-environment node
import { describe, expect, it } from 'vitest'
import {
  advance,
  changePassword,
  codeAt,
  expectError,
  expectOk,
  loginOneStep,
  loginTwoStep,
  mailbox,
  NEW_PASSWORD,
  STEP,
  user01AtStep5,
  verify,
  withPortal,
  wrongCode,
} from './helpers'
import { expectRefused, type Scene, user01Step5 } from './refusals'

withPortal()

describe('TOTP setup (STEP5)', () => {
  it('takes user01 from the 1-step login to a 2-step login', async () => {
    const c = await loginOneStep('user01')
    expect((await c.get('/api/session')).json).toMatchObject({
      stage: 'setup',
      user: { userId: 'user01', method: 'totp', passwordChanged: false, registered: false },
    })
    await changePassword(c, 'welcome1')

    const start = await c.post('/api/setup/totp')
    expectOk(start)
    const secret = String(start.json.secret)
    expect(secret).toMatch(/^[A-Z2-7]{32}$/) // 20 bytes, Base32 without padding
    expect(start.json.uri).toBe(
      `otpauth://totp/Business%20Portal:user01?secret=${secret}&issuer=Business%20Portal&algorithm=SHA1&digits=6&period=30`,
    )
    expect((await c.post('/api/setup/totp')).json).toEqual(start.json) // a reload shows the same

    const code = codeAt(secret)
    expect(await c.post('/api/setup/totp/register', { code })).toEqual({
      status: 200,
      json: { ok: true },
    })
    expectError(await c.get('/api/session'), 401, 'unauthenticated') // the old login's session ended
    expect((await mailbox())[0]).toMatchObject({
      to: 'user01@example.com',
      subject: 'Business Portal: 2-step verification is set up',
    })

    const oneStep = await c.post('/api/login/one-step', {
      userId: 'user01',
      password: NEW_PASSWORD,
    })
    expectError(oneStep, 409, 'use_two_step')

    const login = await loginTwoStep('user01', NEW_PASSWORD)
    expectError(await login.post('/api/login/verify', { code }), 400, 'code_reused')
    advance(STEP)
    await verify(login, codeAt(secret))
    expect((await login.get('/api/session')).json).toMatchObject({
      stage: 'full',
      user: { userId: 'user01', registered: true },
    })
  })

  it.each([
    ['the step before', -1],
    ['the step after', 1],
  ])('registers with the code of %s', async (_, steps) => {
    const { c, secret } = await user01AtStep5()
    expectOk(await c.post('/api/setup/totp/register', { code: codeAt(secret, steps) }))
  })

  it('registers with a code pasted with spaces and full-width digits', async () => {
    const { c, secret } = await user01AtStep5()
    const code = codeAt(secret).replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)))
    expectOk(
      await c.post('/api/setup/totp/register', { code: ` ${code.slice(0, 3)} ${code.slice(3)}` }),
    )
  })
})

describe('codes refused at TOTP registration', () => {
  it.each([
    ['5 digits', '12345'],
    ['7 digits', '1234567'],
    ['letters', 'abcdef'],
    ['digits and a hyphen too many', '123-4567'],
  ])('%s: a format error that does not count', async (_, code) => {
    await expectRefused(
      await user01Step5(),
      (c) => c.post('/api/setup/totp/register', { code }),
      400,
      'code_format',
    )
  })

  it.each([
    ['T−2', -2, -60],
    ['T+2', 2, 60],
  ])('a code from %s: a clock hint that counts', async (_, steps, skewSeconds) => {
    const scene = await user01Step5()
    const res = await expectRefused(
      scene,
      (c) => c.post('/api/setup/totp/register', { code: codeAt(scene.secret, steps) }),
      400,
      'clock_skew',
      { counts: true },
    )
    expect(res.json.skewSeconds).toBe(skewSeconds)
  })

  it('a wrong code: refused and counted', async () => {
    const scene = await user01Step5()
    await expectRefused(
      scene,
      (c) => c.post('/api/setup/totp/register', { code: wrongCode(scene.secret) }),
      400,
      'code_invalid',
      { counts: true },
    )
  })
})

describe('step order', () => {
  it('refuses to register before the setup has started (no secret issued)', async () => {
    const c = await loginOneStep('user01')
    await changePassword(c, 'welcome1')
    const stillWorks = async () => {
      const secret = String((await c.post('/api/setup/totp')).json.secret)
      expectOk(await c.post('/api/setup/totp/register', { code: codeAt(secret) }))
    }
    await expectRefused(
      { c, userId: 'user01', stillWorks },
      (c) => c.post('/api/setup/totp/register', { code: '123456' }),
      409,
      'wrong_step',
    )
  })

  it("ends the other browser's setup session when one browser registers", async () => {
    const first = await user01AtStep5()
    const other = await loginOneStep('user01', NEW_PASSWORD)
    expectOk(await first.c.post('/api/setup/totp/register', { code: codeAt(first.secret) }))
    const scene: Scene = { c: other, userId: 'user01' }
    await expectRefused(scene, (c) => c.post('/api/setup/totp'), 401, 'unauthenticated')
    await expectRefused(
      scene,
      (c) => c.post('/api/setup/totp/register', { code: codeAt(first.secret, 1) }),
      401,
      'unauthenticated',
    )
  })
})
