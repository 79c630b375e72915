import * as z from 'zod/mini'
import { AuditEntry, Mail, Method, Role, Stage } from '../src/contract'

const Stamp = z.number()
const Until = z.nullable(z.number())

export const UserRecord = z.object({
  userId: z.string(),
  name: z.string(),
  role: Role,
  method: Method,
  /** An admin in setup picks the second method at STEP4; everyone else has it set. */
  methodChosen: z.boolean(),
  email: z.string(),
  passwordHash: z.string(),
  passwordChanged: z.boolean(),
  registered: z.boolean(),
  totpSecret: z.nullable(z.string()),
  lastTotpStep: z.nullable(z.number()),
  failedCount: z.number(),
  lockedUntil: Until,
})
export type UserRecord = z.infer<typeof UserRecord>

/** Failed checks and the lock of one user ID: an account's, or an unknown ID's, counted alike. */
export type Counter = Pick<UserRecord, 'failedCount' | 'lockedUntil'>

/** The counter of a user ID no account has: unknown IDs lock as real ones do. */
export const UnknownIdRecord = z.object({
  userId: z.string(),
  failedCount: z.number(),
  lockedUntil: Until,
})
export type UnknownIdRecord = z.infer<typeof UnknownIdRecord>

export const SessionRecord = z.object({
  id: z.string(),
  userId: z.string(),
  stage: Stage,
  createdAt: Stamp,
  lastSeenAt: Stamp,
  /** The TOTP secret this session's setup issued; it dies with the session. */
  pendingSecret: z.optional(z.string()),
  /** Wrong codes at this session's code step (its login's or its setup's). */
  wrongCodes: z.optional(z.number()),
})
export type SessionRecord = z.infer<typeof SessionRecord>

export const MailCodeRecord = z.object({
  id: z.string(),
  userId: z.string(),
  attemptId: z.string(),
  codeHash: z.string(),
  sentAt: Stamp,
  expiresAt: Stamp,
  state: z.enum(['active', 'used', 'replaced']),
})
export type MailCodeRecord = z.infer<typeof MailCodeRecord>

/** Mails and the audit log are stored as the API shows them. */
export const MailRecord = Mail
export type MailRecord = Mail
export const AuditRecord = AuditEntry
export type AuditRecord = AuditEntry

/** The portal's whole state, as stored; what is read back is parsed, not trusted. */
export const Db = z.object({
  version: z.literal(2),
  users: z.record(z.string(), UserRecord),
  sessions: z.record(z.string(), SessionRecord),
  unknownIds: z.array(UnknownIdRecord),
  codes: z.array(MailCodeRecord),
  mails: z.array(MailRecord),
  audit: z.array(AuditRecord),
})
export type Db = z.infer<typeof Db>
