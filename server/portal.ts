import { dummyHash, setPasswordHasher } from '../mocks/crypto'
import { seedDb } from '../mocks/seed'
import { everything } from '../mocks/store'
import { type ApiOptions, portalApi } from './api'
import { scryptHasher } from './passwords'
import { postgresStore } from './pg-store'
import { migrate, openPglite, openPostgres, type Sql } from './sql'

/** The server's portal: scrypt, the store migrated, the demo accounts seeded in demo mode. */
export async function openPortal(
  options: Omit<ApiOptions, 'store'> & { databaseUrl?: string; pgliteData?: string },
) {
  setPasswordHasher(scryptHasher)
  const sql: Sql = options.databaseUrl
    ? await openPostgres(options.databaseUrl)
    : await openPglite(options.pgliteData ?? 'memory://')
  const applied = await migrate(sql)
  const store = postgresStore(sql)
  if (options.demo) {
    // The demo accounts, once: a database that has users keeps them.
    await store.transaction(everything(), Date.now, async (db) => {
      if (Object.keys(db.users).length === 0) Object.assign(db, await seedDb())
    })
  }
  // the unknown-ID check's hash, made now: the first unknown ID costs what any other does
  await dummyHash()
  return { api: portalApi({ ...options, store }), sql, applied }
}
