// @vitest-environment node
import { describe, expect, it } from 'vitest'
import {
  advance,
  type Client,
  changePassword,
  codeAt,
  expectError,
  expectOk,
  loginOneStep,
  loginTwoStep,
  mailCode,
  NEW_PASSWORD,
  STEP,
  user01AtStep5,
  verify,
  withPortal,
} from './helpers'
import { expectRefused, type Scene } from './refusals'

withPortal()

const choose = (method: string) => (c: Client) => c.post('/api/setup/method', { method })

/** admin02 after the 1-step login and the password change: STEP4, no method chosen yet. */
async function admin02AtStep4(): Promise<Client> {
  const c = await loginOneStep('admin02')
  expect((await c.get('/api/session')).json.user).toMatchObject({
    role: 'admin',
    methodChosen: false,
  })
  await changePassword(c, 'adminpass2')
  return c
}

describe('a Portal Admin chooses its own second method at STEP4', () => {
  it('admin02 chooses TOTP, registers, and then manages users', async () => {
    const c = await admin02AtStep4()
    const chosen = await choose('totp')(c)
    expectOk(chosen)
    expect(chosen.json.user).toMatchObject({ method: 'totp', methodChosen: true })
    const secret = String((await c.post('/api/setup/totp')).json.secret)
    expectOk(await c.post('/api/setup/totp/register', { code: codeAt(secret) }))

    advance(STEP)
    const login = await loginTwoStep('admin02', NEW_PASSWORD)
    await verify(login, codeAt(secret))
    expectOk(await login.get('/api/admin/users'))
  })

  it('admin02 chooses MailOTP and logs in with mailed codes', async () => {
    const c = await admin02AtStep4()
    expectOk(await choose('mail')(c))
    expectOk(await c.post('/api/setup/mail/send'))
    expectOk(await c.post('/api/setup/mail/register', { code: await mailCode('admin02') }))
    const login = await loginTwoStep('admin02', NEW_PASSWORD)
    await verify(login, await mailCode('admin02'))
  })

  it('admin02 may change its mind before registering', async () => {
    const c = await admin02AtStep4()
    expectOk(await choose('totp')(c))
    expectOk(await c.post('/api/setup/totp'))
    expectOk(await choose('mail')(c))
    expectError(await c.post('/api/setup/totp'), 409, 'wrong_step')
    expectOk(await c.post('/api/setup/mail/send'))
  })
})

describe('method choice refused', () => {
  const admin02Step4 = async (): Promise<Scene> => {
    const c = await admin02AtStep4()
    return { c, userId: 'admin02', stillWorks: async () => expectOk(await choose('mail')(c)) }
  }

  it('before the password change', async () => {
    const c = await loginOneStep('admin02')
    await expectRefused({ c, userId: 'admin02' }, choose('totp'), 409, 'wrong_step')
  })

  it.each([
    ['an unknown method', choose('sms')],
    ['no method', (c: Client) => c.post('/api/setup/method', {})],
    ['a method in upper case', choose('TOTP')],
  ])('with %s', async (_, send) => {
    await expectRefused(await admin02Step4(), send, 400, 'bad_request')
  })

  it.each([
    ['TOTP setup', (c: Client) => c.post('/api/setup/totp')],
    ['MailOTP setup', (c: Client) => c.post('/api/setup/mail/send')],
  ])('%s before a method is chosen', async (_, send) => {
    await expectRefused(await admin02Step4(), send, 409, 'wrong_step')
  })

  it('for a general user', async () => {
    const { c, secret } = await user01AtStep5()
    const stillWorks = async () =>
      expectOk(await c.post('/api/setup/totp/register', { code: codeAt(secret) }))
    await expectRefused({ c, userId: 'user01', stillWorks }, choose('mail'), 403, 'forbidden')
  })
})
