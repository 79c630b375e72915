import type { Method, Role, Stage } from '../src/contract'
import { HttpError } from './http-error'
import { currentPortal } from './portal'
import { seedDb } from './seed'

export type UserRecord = {
  userId: string
  name: string
  role: Role
  method: Method
  /** An admin in setup picks the second method at STEP4; everyone else has it set. */
  methodChosen: boolean
  email: string
  passwordHash: string
  passwordChanged: boolean
  registered: boolean
  totpSecret: string | null
  lastTotpStep: number | null
  failedCount: number
  lockedUntil: number | null
}

/** Failed checks and the lock of one user ID: an account's, or an unknown ID's, counted alike. */
export type Counter = Pick<UserRecord, 'failedCount' | 'lockedUntil'>

/** The counter of a user ID no account has: unknown IDs lock as real ones do. */
export type UnknownIdRecord = Counter & { userId: string }

export type SessionRecord = {
  id: string
  userId: string
  stage: Stage
  createdAt: number
  lastSeenAt: number
  /** The TOTP secret this session's setup issued; it dies with the session. */
  pendingSecret?: string
  /** Wrong codes at this session's code step (its login's or its setup's). */
  wrongCodes?: number
}

export type MailCodeRecord = {
  id: string
  userId: string
  attemptId: string
  codeHash: string
  sentAt: number
  expiresAt: number
  state: 'active' | 'used' | 'replaced'
}

export type MailRecord = { id: string; to: string; subject: string; body: string; sentAt: number }

export type AuditRecord = {
  id: string
  at: number
  actor: string
  target: string
  action: 'switch_method' | 'reset' | 'unlock'
  detail: string
}

export type Db = {
  version: 2
  users: Record<string, UserRecord>
  sessions: Record<string, SessionRecord>
  unknownIds: UnknownIdRecord[]
  codes: MailCodeRecord[]
  mails: MailRecord[]
  audit: AuditRecord[]
}

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
      const db = JSON.parse(raw) as Db
      if (db.version === 2) return db
    } catch {
      // a broken store is treated like a fresh profile
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
