import * as z from 'zod/mini'
import { Method, Role } from './api'
import { policy } from './policy'

// What the Portal Admin's screens and the mock's tools (the mailbox) read: apart from the login
// and setup shapes, so that each builds in a task of its own (src/lib/contract.ts).

export const AdminUser = z.object({
  userId: z.string(),
  name: z.string(),
  role: Role,
  method: Method,
  methodChosen: z.boolean(),
  passwordChanged: z.boolean(),
  registered: z.boolean(),
  lockedUntil: z.nullable(z.int()),
})
export type AdminUser = z.infer<typeof AdminUser>
export const AdminUsers = z.object({ users: z.array(AdminUser) })

export const AuditAction = z.enum(['switch_method', 'reset', 'unlock'])
export const AuditEntry = z.object({
  id: z.string(),
  at: z.int(),
  actor: z.string(),
  target: z.string(),
  action: AuditAction,
  detail: z.string(),
})
export type AuditEntry = z.infer<typeof AuditEntry>
export const AuditList = z.object({ entries: z.array(AuditEntry) })

export const Mail = z.object({
  id: z.string(),
  to: z.string(),
  subject: z.string(),
  body: z.string(),
  sentAt: z.int(),
})
export type Mail = z.infer<typeof Mail>
export const Mailbox = z.object({ mails: z.array(Mail) })

export const UserIdParam = z
  .string()
  .check(z.regex(new RegExp(`^[A-Za-z0-9_.-]{1,${policy.userId.maxLength}}$`)))
