import type { Method, Role, Stage } from '../src/contract'
import { HttpError } from './http-error'
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
  pendingSecret: string | null
  lastTotpStep: number | null
  failedCount: number
  lockedUntil: number | null
}

export type SessionRecord = {
  id: string
  userId: string
  stage: Stage
  createdAt: number
  lastSeenAt: number
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
  version: 1
  users: Record<string, UserRecord>
  sessions: Record<string, SessionRecord>
  codes: MailCodeRecord[]
  mails: MailRecord[]
  audit: AuditRecord[]
}

const KEY = 'bp2s.mock.db.v1'

type KeyValue = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>

function memoryStorage(): KeyValue {
  const map = new Map<string, string>()
  return {
    getItem: (k) => map.get(k) ?? null,
    setItem: (k, v) => void map.set(k, v),
    removeItem: (k) => void map.delete(k),
  }
}

/** The browser's storage plays the server's disk; Node (tests) keeps it in memory. */
const storage: KeyValue = typeof localStorage === 'undefined' ? memoryStorage() : localStorage

let queue: Promise<unknown> = Promise.resolve()

/** One request at a time, across tabs where the browser has Web Locks. */
function exclusive<T>(fn: () => Promise<T>): Promise<T> {
  if (typeof navigator !== 'undefined' && navigator.locks) {
    return navigator.locks.request(KEY, fn)
  }
  const run = queue.then(fn, fn)
  queue = run.catch(() => undefined)
  return run
}

async function load(): Promise<Db> {
  const raw = storage.getItem(KEY)
  if (raw) {
    try {
      const db = JSON.parse(raw) as Db
      if (db.version === 1) return db
    } catch {
      // a broken store is treated like a fresh profile
    }
  }
  const db = await seedDb()
  storage.setItem(KEY, JSON.stringify(db))
  return db
}

/**
 * Read the state, let `fn` change it, write it back — also when `fn` throws a domain error
 * (a failed attempt must be counted), but not when it fails unexpectedly.
 */
export function transaction<T>(fn: (db: Db) => T | Promise<T>): Promise<T> {
  return exclusive(async () => {
    const db = await load()
    try {
      const result = await fn(db)
      storage.setItem(KEY, JSON.stringify(db))
      return result
    } catch (error) {
      if (error instanceof HttpError) storage.setItem(KEY, JSON.stringify(db))
      throw error
    }
  })
}

export function resetDb(): Promise<void> {
  return exclusive(async () => {
    storage.setItem(KEY, JSON.stringify(await seedDb()))
  })
}
