// @vitest-environment node
import { describe, expect, it } from 'vitest'
import {
  advance,
  changePassword,
  expectError,
  expectOk,
  loginOneStep,
  loginTwoStep,
  MINUTE,
  mailbox,
  mailCode,
  NEW_PASSWORD,
  SECOND,
  setUpUser03,
  T0,
  user03AtStep5,
  verify,
  withPortal,
} from './helpers'
import { expectRefused, type Scene, user03Step5 } from './refusals'

withPortal()

const register = (code: string) => (c: Scene['c']) => c.post('/api/setup/mail/register', { code })

describe('MailOTP setup and login', () => {
  it('lets user03 register with a mailed code, then log in with another', async () => {
    const c = await loginOneStep('user03')
    await changePassword(c, 'welcome3')
    expect((await c.get('/api/session')).json).toMatchObject({
      user: { method: 'mail', maskedEmail: 'u****3@example.com' },
      mail: null,
    })

    const sent = await c.post('/api/setup/mail/send')
    const mail = {
      maskedEmail: 'u****3@example.com',
      expiresAt: T0 + 10 * MINUTE,
      resendAt: T0 + MINUTE,
      limitReached: false,
    }
    expect(sent).toEqual({ status: 200, json: mail })
    expect((await c.get('/api/session')).json.mail).toEqual(mail)
    expect(await c.post('/api/setup/mail/register', { code: await mailCode('user03') })).toEqual({
      status: 200,
      json: { ok: true },
    })
    expectError(await c.get('/api/session'), 401, 'unauthenticated')
    expectError(
      await c.post('/api/login/one-step', { userId: 'user03', password: NEW_PASSWORD }),
      409,
      'use_two_step',
    )

    advance(MINUTE)
    const login = await loginTwoStep('user03', NEW_PASSWORD)
    expect((await login.get('/api/session')).json.mail).toMatchObject({
      maskedEmail: 'u****3@example.com',
      expiresAt: Date.now() + 10 * MINUTE,
    })
    await verify(login, await mailCode('user03'))
  })

  it('lists the mails newest first, each code in its subject and body', async () => {
    await user03AtStep5()
    advance(MINUTE)
    const other = await loginOneStep('user03', NEW_PASSWORD)
    expectOk(await other.post('/api/setup/mail/send'))
    const mails = await mailbox()
    expect(mails.map((m) => m.sentAt)).toEqual([T0 + MINUTE, T0])
    for (const m of mails) {
      const code = m.subject.match(/\d{6}/)?.[0]
      expect(code).toBeDefined()
      expect(m.body).toContain(String(code))
    }
  })

  it('accepts a code just before its 10 minutes are up', async () => {
    const { c, code } = await user03AtStep5()
    advance(10 * MINUTE - SECOND)
    expectOk(await register(code)(c))
  })
})

describe('the mail limit, as the code screen is told it', () => {
  it('names the end of the limit as the time of the next code, in the answer and the session', async () => {
    const { c } = await user03AtStep5()
    for (let i = 1; i < 4; i++) {
      advance(MINUTE)
      expect((await c.post('/api/setup/mail/send')).json).toMatchObject({
        resendAt: Date.now() + MINUTE,
        limitReached: false,
      })
    }
    advance(MINUTE)
    const fifth = await c.post('/api/setup/mail/send')
    expect(fifth.json).toMatchObject({ resendAt: T0 + 15 * MINUTE, limitReached: true })
    expect((await c.get('/api/session')).json.mail).toEqual(fifth.json)

    advance(MINUTE)
    const early = await c.post('/api/setup/mail/send')
    expectError(early, 429, 'too_many_mails')
    expect(early.json.retryAfterSeconds).toBe(10 * 60)

    // the fifth code expires at 14 minutes, the limit holds till 15: the session still says so
    advance(9 * MINUTE + 30 * SECOND)
    expect((await c.get('/api/session')).json.mail).toEqual({
      ...fifth.json,
      resendAt: T0 + 15 * MINUTE,
      limitReached: true,
    })
    expect(fifth.json.expiresAt).toBeLessThan(Date.now())
    expectError(await c.post('/api/setup/mail/send'), 429, 'too_many_mails')

    // the window slides: the first code leaves it at 15 minutes, the second at 16
    advance(30 * SECOND)
    expect((await c.get('/api/session')).json.mail).toMatchObject({
      resendAt: Date.now(),
      limitReached: false,
    })
    expect((await c.post('/api/setup/mail/send')).json).toMatchObject({
      resendAt: T0 + 16 * MINUTE,
      limitReached: true,
    })
  })
})

describe('mail codes refused', () => {
  it('refuses a resend before 60 s', async () => {
    const scene = await user03Step5()
    advance(59 * SECOND)
    const res = await expectRefused(scene, (c) => c.post('/api/setup/mail/send'), 429, 'too_soon')
    expect(res.json.retryAfterSeconds).toBe(1)
  })

  it('sends a new code after 60 s; the code before it stops working', async () => {
    const { c, code: old } = await user03AtStep5()
    advance(MINUTE)
    expectOk(await c.post('/api/setup/mail/send'))
    const code = await mailCode('user03')
    const scene: Scene = {
      c,
      userId: 'user03',
      stillWorks: async () => expectOk(await register(code)(c)),
    }
    await expectRefused(scene, register(old), 400, 'code_invalid', { counts: true })
  })

  it('refuses a code after 10 minutes', async () => {
    const { c, code } = await user03AtStep5()
    advance(10 * MINUTE)
    const stillWorks = async () => {
      expectOk(await c.post('/api/setup/mail/send'))
      expectOk(await register(await mailCode('user03'))(c))
    }
    await expectRefused({ c, userId: 'user03', stillWorks }, register(code), 400, 'code_expired', {
      counts: true,
    })
  })

  it('refuses a code mailed for another setup attempt', async () => {
    const scene = await user03Step5()
    const other = await loginOneStep('user03', NEW_PASSWORD)
    expectOk(await other.post('/api/setup/mail/send'))
    const foreign = await mailCode('user03')
    await expectRefused(scene, register(foreign), 400, 'code_invalid', { counts: true })
  })

  it('refuses at login a code mailed for another login attempt, or used at setup', async () => {
    await setUpUser03()
    const setupCode = await mailCode('user03')
    const first = await loginTwoStep('user03', NEW_PASSWORD)
    const firstCode = await mailCode('user03')
    const second = await loginTwoStep('user03', NEW_PASSWORD)
    const secondCode = await mailCode('user03')
    const verifyWith = (code: string) => (c: Scene['c']) => c.post('/api/login/verify', { code })
    const scene: Scene = { c: second, userId: 'user03' }
    await expectRefused(scene, verifyWith(firstCode), 400, 'code_invalid', { counts: true })
    const stillWorks = () => verify(second, secondCode)
    await expectRefused({ ...scene, stillWorks }, verifyWith(setupCode), 400, 'code_invalid', {
      counts: true,
    })
    await verify(first, firstCode)
  })

  it('refuses a login resend before 60 s', async () => {
    await setUpUser03()
    const c = await loginTwoStep('user03', NEW_PASSWORD)
    const code = await mailCode('user03')
    const scene: Scene = { c, userId: 'user03', stillWorks: () => verify(c, code) }
    await expectRefused(scene, (c) => c.post('/api/login/resend'), 429, 'too_soon')
  })

  it('refuses a 5-digit mail code without counting it', async () => {
    await expectRefused(await user03Step5(), register('12345'), 400, 'code_format')
  })
})
