import type { Db } from './db'

/**
 * The part of the portal's state a request may read and change, known before it runs: the users
 * it names (by its session, its body or its path), and with them their counters and codes.
 * A store may load just that part and lock just those users; the in-browser store loads it all.
 */
export type Scope = {
  /** The cookie's session; its user joins `userIds`. */
  sessionId?: string
  userIds: string[]
  /** Every session of those users, not only the cookie's (to end them). */
  allSessions?: boolean
  /** The whole state: lists of every user, the mailbox and audit log, a reset. */
  everything?: boolean
}

/**
 * Where the portal keeps its state. `transaction` gives `fn` the scope's state and keeps what it
 * changed, also when `fn` refuses with a domain error (a failed attempt must be counted), but not
 * when it fails unexpectedly. Two transactions over one user never interleave.
 */
export type Store = {
  transaction<T>(scope: Scope, now: number, fn: (db: Db) => T | Promise<T>): Promise<T>
}

/** The scope of a request that reads or resets the whole portal. */
export const everything = () => ({ userIds: [], everything: true })
