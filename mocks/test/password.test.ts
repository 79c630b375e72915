// @vitest-environment node
import { describe, expect, it } from 'vitest'
import type { MessageKey } from '../../src/i18n/en'
import { textIn } from '../messages'
import { client } from './client'
import {
  changePassword,
  expectError,
  expectOk,
  loginOneStep,
  loginTwoStep,
  NEW_PASSWORD,
  withPortal,
} from './helpers'
import { expectRefused, type Scene, user01Setup } from './refusals'

withPortal()

type Fields = Record<string, MessageKey[]>

const body = (
  newPassword: string,
  confirmPassword = newPassword,
  currentPassword = 'welcome1',
) => ({
  currentPassword,
  newPassword,
  confirmPassword,
})

const broken: [string, ReturnType<typeof body>, Fields][] = [
  ['5 characters', body('Abc12'), { newPassword: ['password.length'] }],
  ['33 characters', body(`Abc1${'x'.repeat(29)}`), { newPassword: ['password.length'] }],
  ['a symbol', body('Newpass123!'), { newPassword: ['password.charset'] }],
  ['a space inside', body('New pass123'), { newPassword: ['password.charset'] }],
  ['a leading space (not trimmed)', body(' Newpass123'), { newPassword: ['password.charset'] }],
  [
    'a full-width upper-case letter',
    body('Ｎewpass123'),
    { newPassword: ['password.charset', 'password.case'] },
  ],
  [
    'full-width digits only',
    body('Newpass１２３'),
    { newPassword: ['password.charset', 'password.digit'] },
  ],
  ['an accented letter', body('Newpäss123'), { newPassword: ['password.charset'] }],
  ['no digit', body('Newpassword'), { newPassword: ['password.digit'] }],
  ['no upper-case letter', body('newpass123'), { newPassword: ['password.case'] }],
  ['no lower-case letter', body('NEWPASS123'), { newPassword: ['password.case'] }],
  ['digits only', body('12345678'), { newPassword: ['password.case'] }],
  [
    'a confirmation that differs',
    body(NEW_PASSWORD, 'Newpass124'),
    { confirmPassword: ['password.mismatch'] },
  ],
  [
    'a confirmation that differs only in case',
    body(NEW_PASSWORD, 'newpass123'),
    { confirmPassword: ['password.mismatch'] },
  ],
  [
    'the current password again',
    body('Welcome12', 'Welcome12', 'Welcome12'),
    { newPassword: ['password.sameAsCurrent'] },
  ],
  ['the user ID in other case', body('uSER01'), { newPassword: ['password.sameAsUserId'] }],
  [
    'several rules at once',
    body('pass word', 'pass words'),
    {
      newPassword: ['password.charset', 'password.digit', 'password.case'],
      confirmPassword: ['password.mismatch'],
    },
  ],
]

describe('password change (STEP3)', () => {
  it('changes user01’s password: the old one stops working, the new one resumes at STEP5', async () => {
    const c = await loginOneStep('user01')
    await changePassword(c, 'welcome1')
    expect((await c.get('/api/session')).json).toMatchObject({
      stage: 'setup',
      user: { passwordChanged: true, registered: false },
    })

    const old = await client().post('/api/login/one-step', {
      userId: 'user01',
      password: 'welcome1',
    })
    expectError(old, 401, 'invalid_credentials')
    const again = await loginOneStep('user01', NEW_PASSWORD)
    expect((await again.get('/api/session')).json).toMatchObject({
      user: { passwordChanged: true, registered: false },
    })
    // the 2-step login now also leads to STEP5, as setup is not finished
    await loginTwoStep('user01', NEW_PASSWORD, 'setup')
  })

  it.each([
    ['6 characters', 'Abcde1'],
    ['32 characters', `Abc1${'x'.repeat(28)}`],
  ])('accepts a new password of %s', async (_, password) => {
    const c = await loginOneStep('user01')
    await changePassword(c, 'welcome1', password)
    await loginOneStep('user01', password)
  })

  it.each(broken)('refuses %s and names the broken rule', async (_, request, fields) => {
    const res = await expectRefused(
      await user01Setup(),
      (c) => c.post('/api/setup/password', request),
      400,
      'password_rule',
    )
    expect(res.json.fields).toEqual(fields)
    for (const key of Object.values(fields).flat())
      expect(res.json.message).toContain(textIn('en', key))
  })

  it('asks for empty fields as such, without listing every rule', async () => {
    const res = await expectRefused(
      await user01Setup(),
      (c) => c.post('/api/setup/password', body('', '', '')),
      400,
      'bad_request',
    )
    expect(res.json.fields).toEqual({
      currentPassword: ['password.currentRequired'],
      newPassword: ['password.newRequired'],
      confirmPassword: ['password.confirmRequired'],
    })
    expect(res.json.message).toContain(textIn('en', 'password.newRequired'))
  })

  it('refuses a wrong current password, and counts it as a failed check', async () => {
    const res = await expectRefused(
      await user01Setup(),
      (c) => c.post('/api/setup/password', body(NEW_PASSWORD, NEW_PASSWORD, 'welcome2')),
      400,
      'wrong_current_password',
      { counts: true },
    )
    expect(res.json.fields).toEqual({ currentPassword: ['error.wrong_current_password'] })
  })

  it('refuses a second password change', async () => {
    const c = await loginOneStep('user01')
    await changePassword(c, 'welcome1')
    const scene: Scene = {
      c,
      userId: 'user01',
      stillWorks: async () => expectOk(await c.post('/api/setup/totp')),
    }
    await expectRefused(
      scene,
      (c) => c.post('/api/setup/password', body('Another123', 'Another123', NEW_PASSWORD)),
      409,
      'wrong_step',
    )
  })
})
