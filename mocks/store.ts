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
  /**
   * Lists read whole and changed in no row, so not locked: every user and the audit log (for a
   * request whose session exists: an admin's lists), the mailbox.
   */
  reads?: Array<'users' | 'audit' | 'mails'>
  /** The whole state, to replace it (a reset): no other request runs meanwhile. */
  everything?: boolean
}

/**
 * Where the portal keeps its state. `transaction` gives `fn` the scope's state and keeps what it
 * changed, also when `fn` refuses with a domain error (a failed attempt must be counted), but not
 * when it fails unexpectedly. Two transactions over one user never interleave; `fn` gets the
 * time read once its turn has come.
 */
export type Store = {
  transaction<T>(
    scope: Scope,
    clock: () => number,
    fn: (db: Db, now: number) => T | Promise<T>,
  ): Promise<T>
}

/** The scope of a request that replaces the whole portal. */
export const everything = () => ({ userIds: [], everything: true })
