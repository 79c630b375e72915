import * as z from 'zod/mini'

export const PASSWORD_MIN = 6
export const PASSWORD_MAX = 32

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

export const ChangePasswordBody = z
  .object({
    currentPassword: z.string().check(z.minLength(1, 'password.currentRequired')),
    newPassword: z.string(),
    confirmPassword: z.string(),
  })
  .check(
    z.superRefine((body, ctx) => {
      for (const key of brokenPasswordRules(body.newPassword)) {
        ctx.addIssue({ code: 'custom', path: ['newPassword'], message: key })
      }
      if (body.newPassword.length > 0 && body.newPassword === body.currentPassword) {
        ctx.addIssue({ code: 'custom', path: ['newPassword'], message: 'password.sameAsCurrent' })
      }
      if (body.confirmPassword !== body.newPassword) {
        ctx.addIssue({ code: 'custom', path: ['confirmPassword'], message: 'password.mismatch' })
      }
    }),
  )
export type ChangePasswordBody = z.infer<typeof ChangePasswordBody>

/** The server also knows the user ID; the form gets it from the session. */
export function withUserIdRule(userId: string) {
  return ChangePasswordBody.check(
    z.superRefine((body, ctx) => {
      if (body.newPassword.toLowerCase() === userId.toLowerCase()) {
        ctx.addIssue({ code: 'custom', path: ['newPassword'], message: 'password.sameAsUserId' })
      }
    }),
  )
}
