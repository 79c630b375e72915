import { describe, expect, it } from 'vitest'
import { brokenPasswordRules, withUserIdRule } from './password'

const messages = (
  body: { currentPassword: string; newPassword: string; confirmPassword: string },
  userId = 'user01',
) => {
  const result = withUserIdRule(userId).safeParse(body)
  return result.success ? [] : result.error.issues.map((i) => i.message)
}
const change = (newPassword: string, confirmPassword = newPassword) =>
  messages({ currentPassword: 'welcome1', newPassword, confirmPassword })

describe('password rules', () => {
  it.each([
    ['Abc12', ['password.length']],
    ['Abc123', []],
    [`Ab1${'x'.repeat(29)}`, []],
    [`Ab1${'x'.repeat(30)}`, ['password.length']],
    ['abcdef1', ['password.case']],
    ['ABCDEF1', ['password.case']],
    ['Abcdefg', ['password.digit']],
    ['Abc 123', ['password.charset']],
    ['Abc-123', ['password.charset']],
    ['Ａbc123', ['password.charset', 'password.case']],
    ['AbＣ123', ['password.charset']],
    ['AbÄc123', ['password.charset']],
  ])('%j breaks %j', (value, broken) => {
    expect(brokenPasswordRules(value)).toEqual(broken)
    expect(change(value)).toEqual(broken)
  })

  it('asks for an empty new password and confirmation, without listing every rule', () => {
    expect(brokenPasswordRules('')).toEqual([
      'password.length',
      'password.charset',
      'password.digit',
      'password.case',
    ])
    expect(change('')).toEqual(['password.newRequired', 'password.confirmRequired'])
    expect(messages({ currentPassword: '', newPassword: '', confirmPassword: '' })).toEqual([
      'password.currentRequired',
      'password.newRequired',
      'password.confirmRequired',
    ])
  })

  it('names a confirmation that differs', () => {
    expect(change('Newpass123', 'Newpass124')).toEqual(['password.mismatch'])
  })

  it('refuses the current password and the user ID', () => {
    expect(
      messages({
        currentPassword: 'Welcome12',
        newPassword: 'Welcome12',
        confirmPassword: 'Welcome12',
      }),
    ).toEqual(['password.sameAsCurrent'])
    expect(
      messages(
        { currentPassword: 'x', newPassword: 'User01', confirmPassword: 'User01' },
        'user01',
      ),
    ).toEqual(['password.sameAsUserId'])
  })

  it('asks for the current password', () => {
    expect(
      messages({ currentPassword: '', newPassword: 'Newpass123', confirmPassword: 'Newpass123' }),
    ).toEqual(['password.currentRequired'])
  })
})
