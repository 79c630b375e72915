import { Db } from './db'
import { HttpError } from './http-error'
import { currentPortal } from './portal'
import { seedDb } from './seed'
import type { Store } from './store'

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

/** The mock's store: the whole state of this browsing context's portal, one request at a time. */
export const browserStore: Store = {
  transaction(_scope, clock, fn) {
    const where = storageOf(currentPortal())
    const save = (db: Db) => where.storage.setItem(where.key, JSON.stringify(db))
    return exclusive(where.key, async () => {
      const db = await load(where)
      try {
        const result = await fn(db, clock())
        save(db)
        return result
      } catch (error) {
        if (error instanceof HttpError) save(db)
        throw error
      }
    })
  },
}

/** Back to the seeded accounts, in this browsing context's portal only. */
export function resetDb(): Promise<void> {
  const { storage, key } = storageOf(currentPortal())
  return exclusive(key, async () => {
    storage.setItem(key, JSON.stringify(await seedDb()))
    storage.removeItem(`${key}.faults`)
  })
}
