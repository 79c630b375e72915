// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { client } from './client'
import {
  codeAt,
  expectError,
  expectOk,
  loginOneStep,
  loginTwoStep,
  loginUser02,
  USER02_SECRET,
  verify,
  WRONG_PASSWORD,
  withPortal,
  wrongCode,
} from './helpers'
import { anonymous, expectRefused, user02Challenge } from './refusals'

withPortal()

const toFullWidth = (code: string) =>
  code.replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)))

describe('2-step login with TOTP', () => {
  it('logs user02 in with a code computed from its demo secret', async () => {
    const c = client()
    const first = await c.post('/api/login/two-step', { userId: 'user02', password: 'Secure2024' })
    expectOk(first)
    expect(first.json).toMatchObject({
      stage: 'challenge',
      mail: null,
      user: { userId: 'user02', role: 'general', method: 'totp', registered: true },
    })
    expect((await c.get('/api/session')).json.stage).toBe('challenge')

    const second = await c.post('/api/login/verify', { code: codeAt(USER02_SECRET) })
    expectOk(second)
    expect(second.json.stage).toBe('full')
    expect((await c.get('/api/session')).json.stage).toBe('full')
  })

  it('accepts the codes of the step before and the step after', async () => {
    await loginUser02(-1)
    await loginUser02(1)
  })

  it.each([
    ['spaces', (code: string) => `${code.slice(0, 3)} ${code.slice(3)}`],
    ['a hyphen', (code: string) => `${code.slice(0, 3)}-${code.slice(3)}`],
    ['full-width digits', toFullWidth],
    ['an ideographic space and full-width digits', (code: string) => `\u3000${toFullWidth(code)} `],
  ])('accepts a code pasted with %s', async (_, paste) => {
    const c = await loginTwoStep('user02')
    await verify(c, paste(codeAt(USER02_SECRET)))
  })

  it('refuses the code of a step already used', async () => {
    await loginUser02()
    const scene = await user02Challenge()
    await expectRefused(
      { ...scene, stillWorks: () => verify(scene.c, codeAt(USER02_SECRET, 1)) },
      (c) => c.post('/api/login/verify', { code: codeAt(USER02_SECRET) }),
      400,
      'code_reused',
      { counts: true },
    )
  })

  it('refuses the code of a step before the last one used', async () => {
    await loginUser02(1)
    const c = await loginTwoStep('user02')
    expectError(
      await c.post('/api/login/verify', { code: codeAt(USER02_SECRET) }),
      400,
      'code_reused',
    )
    expectError(
      await c.post('/api/login/verify', { code: codeAt(USER02_SECRET, -1) }),
      400,
      'code_reused',
    )
    expect((await c.get('/api/session')).json.stage).toBe('challenge')
  })
})

describe('codes that are refused at the 2-step login', () => {
  it.each([
    ['T−2', -2, -60, 'about 1 min off'],
    ['T+2', 2, 60, 'about 1 min off'],
    ['T−10', -10, -300, 'about 5 min off'],
    ['T+10', 10, 300, 'about 5 min off'],
  ])('a code from %s is a clock hint', async (_, steps, skewSeconds, words) => {
    const res = await expectRefused(
      await user02Challenge(),
      (c) => c.post('/api/login/verify', { code: codeAt(USER02_SECRET, steps) }),
      400,
      'clock_skew',
      { counts: true },
    )
    expect(res.json.skewSeconds).toBe(skewSeconds)
    expect(res.json.message).toContain(words)
  })

  it.each([
    ['T−11', () => codeAt(USER02_SECRET, -11)],
    ['T+11', () => codeAt(USER02_SECRET, 11)],
    ['no step near now', () => wrongCode(USER02_SECRET)],
  ])('a code from %s is simply wrong', async (_, code) => {
    const res = await expectRefused(
      await user02Challenge(),
      (c) => c.post('/api/login/verify', { code: code() }),
      400,
      'code_invalid',
      { counts: true },
    )
    expect(res.json.skewSeconds).toBeUndefined()
  })

  it.each([
    ['5 digits', '12345'],
    ['7 digits', '1234567'],
    ['letters', 'abcdef'],
    ['a letter among digits', '12345O'],
    ['an empty code', ''],
    ['a symbol', '123+56'],
    ['a decimal point', '12345.6'],
  ])('%s is a format error that does not count', async (_, code) => {
    const res = await expectRefused(
      await user02Challenge(),
      (c) => c.post('/api/login/verify', { code }),
      400,
      'code_format',
    )
    expect(res.json.message).toContain('Enter the 6-digit code')
  })
})

describe('password step', () => {
  it('gives an unknown user and a wrong password the same answer', async () => {
    const unknown = await client().post('/api/login/two-step', {
      userId: 'nobody',
      password: WRONG_PASSWORD,
    })
    const wrong = await client().post('/api/login/two-step', {
      userId: 'user02',
      password: WRONG_PASSWORD,
    })
    const oneStep = await client().post('/api/login/one-step', {
      userId: 'nobody',
      password: 'welcome1',
    })
    for (const res of [unknown, wrong, oneStep]) expectError(res, 401, 'invalid_credentials')
    // the whole answer, not just its words: nothing (such as attempts left) tells them apart
    expect(wrong.json).toEqual(unknown.json)
    expect(oneStep.json).toEqual(unknown.json)
  })

  it('opens no session on a wrong password', async () => {
    await expectRefused(
      await anonymous('user02'),
      (c) => c.post('/api/login/two-step', { userId: 'user02', password: 'secure2024' }),
      401,
      'invalid_credentials',
      { counts: true },
    )
  })

  it('takes user01 to the setup through the 1-step login', async () => {
    const c = await loginOneStep('user01')
    const session = await c.get('/api/session')
    expect(session.json).toMatchObject({
      stage: 'setup',
      user: { userId: 'user01', passwordChanged: false, registered: false, method: 'totp' },
    })
  })

  it.each([
    ['user02', 'Secure2024'],
    ['admin01', 'Admin2024x'],
  ])('refuses the 1-step login for %s, who has registered', async (userId, password) => {
    const res = await expectRefused(
      await anonymous(userId === 'user02' ? 'user02' : undefined),
      (c) => c.post('/api/login/one-step', { userId, password }),
      409,
      'use_two_step',
    )
    expect(res.json.message).toContain('Log in with 2-step verification')
  })

  it.each([
    ['user01', 'welcome1'],
    ['user03', 'welcome3'],
    ['admin02', 'adminpass2'],
  ])(
    'sends %s, who has not changed the password, to the initial setting',
    async (userId, password) => {
      const res = await expectRefused(
        await anonymous(userId === 'user01' ? 'user01' : undefined),
        (c) => c.post('/api/login/two-step', { userId, password }),
        409,
        'setup_required',
      )
      expect(res.json.message).toContain('Log in with 1-step verification')
    },
  )
})
