import * as z from 'zod/mini'
import { PasswordInput } from './api'
import { policy } from './policy'

export const PASSWORD_MIN = policy.password.minLength
export const PASSWORD_MAX = policy.password.maxLength

/** The four rules the live checklist shows, in order. Keys double as message keys. */
export const passwordRules = [
  {
    key: 'password.length',
    test: (v: string) => v.length >= PASSWORD_MIN && v.length <= PASSWORD_MAX,
  },
  { key: 'password.charset', test: (v: string) => v.length > 0 && /^[A-Za-z0-9]+$/.test(v) },
  { key: 'password.digit', test: (v: string) => /[0-9]/.test(v) },
  { key: 'password.case', test: (v: string) => /[A-Z]/.test(v) && /[a-z]/.test(v) },
] as const

export type PasswordRuleKey = (typeof passwordRules)[number]['key']

export function brokenPasswordRules(value: string): PasswordRuleKey[] {
  return passwordRules.filter((rule) => !rule.test(value)).map((rule) => rule.key)
}

/**
 * The two rules of a new password that depend on the user: it is not their user ID (in any
 * case) and not their current password. True when the rule is met.
 */
export const personalRules = {
  notUserId: (value: string, userId: string) => value.toLowerCase() !== userId.toLowerCase(),
  notCurrent: (value: string, current: string) => value !== current,
}

/** The change's shape: three strings, none past the input cap. The rules are `passwordChange`'s. */
export const ChangePasswordBody = z.object({
  currentPassword: PasswordInput,
  newPassword: PasswordInput,
  confirmPassword: PasswordInput,
})
export type ChangePasswordBody = z.infer<typeof ChangePasswordBody>

/**
 * Every rule of STEP3, for `userId`: the form checks them as the user types, the server again;
 * each field's problems are all named (an empty field only as "Enter …").
 */
export function withUserIdRule(userId: string) {
  return ChangePasswordBody.check(
    z.superRefine((body, ctx) => {
      const issue = (field: keyof ChangePasswordBody, message: string) =>
        ctx.addIssue({ code: 'custom', path: [field], message })
      const { currentPassword, newPassword, confirmPassword } = body
      if (!currentPassword) issue('currentPassword', 'password.currentRequired')
      if (!newPassword) issue('newPassword', 'password.newRequired')
      else {
        for (const key of brokenPasswordRules(newPassword)) issue('newPassword', key)
        if (!personalRules.notCurrent(newPassword, currentPassword)) {
          issue('newPassword', 'password.sameAsCurrent')
        }
        if (!personalRules.notUserId(newPassword, userId)) {
          issue('newPassword', 'password.sameAsUserId')
        }
      }
      if (!confirmPassword) issue('confirmPassword', 'password.confirmRequired')
      else if (confirmPassword !== newPassword) issue('confirmPassword', 'password.mismatch')
    }),
  )
}
