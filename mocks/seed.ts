import { hashPassword } from './crypto'
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

export async function seedDb(): Promise<Db> {
  const users = await Promise.all(demoAccounts.map(toUser))
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
