import * as z from 'zod/mini'
import { AuditEntry, Mail, Method, Role, Stage } from '../src/contract'
import { HttpError } from './http-error'
import { currentPortal } from './portal'
import { seedDb } from './seed'

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
const UnknownIdRecord = z.object({
  userId: z.string(),
  failedCount: z.number(),
  lockedUntil: Until,
})
export type UnknownIdRecord = z.infer<typeof UnknownIdRecord>

const SessionRecord = z.object({
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

const MailCodeRecord = z.object({
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
const MailRecord = Mail
export type MailRecord = Mail
const AuditRecord = AuditEntry
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

const KEY = 'bp2s.mock.db.v2'

export type KeyValue = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>

function memoryStorage(): KeyValue {
  const map = new Map<string, string>()
  return {
    getItem: (k) => map.get(k) ?? null,
    setItem: (k, v) => void map.set(k, v),
    removeItem: (k) => void map.delete(k),
  }
}

/** The browser's storage plays the server's disk; Node (tests) keeps it in memory. */
const shared: KeyValue = typeof localStorage === 'undefined' ? memoryStorage() : localStorage

/**
 * Where a portal keeps its state: the shared one in localStorage (every tab sees it); a
 * scenario's own portal in sessionStorage, gone with the tab that opened it.
 */
export function storageOf(portal: string | null): { storage: KeyValue; key: string } {
  if (!portal) return { storage: shared, key: KEY }
  const storage = typeof sessionStorage === 'undefined' ? shared : sessionStorage
  return { storage, key: `${KEY}:${portal}` }
}

let queue: Promise<unknown> = Promise.resolve()

/** One request at a time per portal, across tabs where the browser has Web Locks. */
function exclusive<T>(key: string, fn: () => Promise<T>): Promise<T> {
  if (typeof navigator !== 'undefined' && navigator.locks) {
    return navigator.locks.request(key, fn)
  }
  const run = queue.then(fn, fn)
  queue = run.catch(() => undefined)
  return run
}

async function load({ storage, key }: { storage: KeyValue; key: string }): Promise<Db> {
  const raw = storage.getItem(key)
  if (raw) {
    try {
      const stored = Db.safeParse(JSON.parse(raw))
      if (stored.success) return stored.data
    } catch {
      // not JSON: a broken store is treated like a fresh profile, as one of another shape is
    }
  }
  const db = await seedDb()
  storage.setItem(key, JSON.stringify(db))
  return db
}

/**
 * Read the state, let `fn` change it, write it back — also when `fn` throws a domain error
 * (a failed attempt must be counted), but not when it fails unexpectedly.
 */
export function transaction<T>(fn: (db: Db) => T | Promise<T>): Promise<T> {
  const where = storageOf(currentPortal())
  const save = (db: Db) => where.storage.setItem(where.key, JSON.stringify(db))
  return exclusive(where.key, async () => {
    const db = await load(where)
    try {
      const result = await fn(db)
      save(db)
      return result
    } catch (error) {
      if (error instanceof HttpError) save(db)
      throw error
    }
  })
}

/** Back to the seeded accounts, in this browsing context's portal only. */
export function resetDb(): Promise<void> {
  const { storage, key } = storageOf(currentPortal())
  return exclusive(key, async () => {
    storage.setItem(key, JSON.stringify(await seedDb()))
    storage.removeItem(`${key}.faults`)
  })
}
