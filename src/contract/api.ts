import * as z from 'zod/mini'
import { Code } from './code'
import { policy } from './policy'

export const Role = z.enum(['general', 'admin'])
export type Role = z.infer<typeof Role>
export const Method = z.enum(['totp', 'mail'])
export type Method = z.infer<typeof Method>

/** `setup`: signed in the old way, doing the initial setting. `challenge`: password right, code due. */
export const Stage = z.enum(['setup', 'challenge', 'full'])
export type Stage = z.infer<typeof Stage>

export const UserId = z
  .string()
  .check(
    z.trim(),
    z.minLength(1, 'userId.required'),
    z.maxLength(policy.userId.maxLength, 'userId.tooLong'),
  )

/** Any password field: refused past `policy.password.inputMax`, before anything else looks at it. */
export const PasswordInput = z
  .string()
  .check(z.maxLength(policy.password.inputMax, { message: 'password.tooLong', abort: true }))

export const LoginBody = z.object({
  userId: UserId,
  password: PasswordInput.check(z.minLength(1, 'password.required')),
})
export type LoginBody = z.infer<typeof LoginBody>

export const User = z.object({
  userId: z.string(),
  name: z.string(),
  role: Role,
  method: Method,
  /** False only for a Portal Admin who has yet to pick a method at STEP4. */
  methodChosen: z.boolean(),
  maskedEmail: z.string(),
  passwordChanged: z.boolean(),
  registered: z.boolean(),
})
export type User = z.infer<typeof User>

/** The code mail that counts for this login or setup attempt: the newest one sent. */
export const MailSent = z.object({
  maskedEmail: z.string(),
  /** Epoch ms when its code stops working; in a session it may have passed. */
  expiresAt: z.int(),
  /** Epoch ms from when another code can be sent: a while after this one, within the mail limit. */
  resendAt: z.int(),
  /** The user has had the most code mails the limit allows: `resendAt` is when that ends. */
  limitReached: z.boolean(),
})
export type MailSent = z.infer<typeof MailSent>

export const Session = z.object({
  stage: Stage,
  user: User,
  /** Epoch ms when the session ends unless the user does something. */
  idleExpiresAt: z.int(),
  /** Epoch ms when the session ends whatever the user does (its absolute lifetime). */
  expiresAt: z.int(),
  /** The attempt's code mail, expired or not; null before the first is sent and once it is used. */
  mail: z.nullable(MailSent),
  /** Failed checks of the user's credentials left before the account locks (since the last login). */
  attemptsLeft: z.int(),
})
export type Session = z.infer<typeof Session>

export const VerifyBody = z.object({ code: Code })

export const ChooseMethodBody = z.object({ method: Method })

export const TotpSetup = z.object({
  secret: z.string().check(z.regex(/^[A-Z2-7]+$/)),
  uri: z.string().check(z.startsWith('otpauth://totp/')),
})
export type TotpSetup = z.infer<typeof TotpSetup>

export const Done = z.object({ ok: z.literal(true) })
