import { hashPassword, type PasswordHasher, passwordHasher } from './crypto'
import type { Db, UserRecord } from './db'
import { type DemoAccount, demoAccounts } from './demo-accounts'

async function toUser(account: DemoAccount): Promise<UserRecord> {
  return {
    userId: account.userId,
    name: account.name,
    role: account.role,
    method: account.method,
    methodChosen: account.methodChosen ?? true,
    email: `${account.userId}@example.com`,
    passwordHash: await hashPassword(account.password),
    passwordChanged: account.registered,
    registered: account.registered,
    totpSecret: account.secret ?? null,
    lastTotpStep: null,
    failedCount: 0,
    lockedUntil: null,
  }
}

let hashed: { by: PasswordHasher; users: Promise<UserRecord[]> } | undefined

/** The demo accounts' hashes are made once per hasher: a reset need not pay for them again. */
function seededUsers(): Promise<UserRecord[]> {
  if (hashed?.by !== passwordHasher()) {
    hashed = { by: passwordHasher(), users: Promise.all(demoAccounts.map(toUser)) }
  }
  return hashed.users
}

export async function seedDb(): Promise<Db> {
  const users = structuredClone(await seededUsers())
  return {
    version: 2,
    users: Object.fromEntries(users.map((u) => [u.userId, u])),
    sessions: {},
    unknownIds: [],
    codes: [],
    mails: [],
    audit: [],
  }
}
