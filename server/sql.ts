import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { PGlite } from '@electric-sql/pglite'
import pg from 'pg'

export type Row = Record<string, unknown>
export type Query = (text: string, params?: unknown[]) => Promise<Row[]>

/** PostgreSQL, embedded or real: queries inside a transaction, and scripts (migrations). */
export type Sql = {
  transaction<T>(fn: (query: Query) => Promise<T>): Promise<T>
  close(): Promise<void>
  /** Where the data is, without credentials (for the start-up line). */
  where: string
}

const INT8 = 20
/** Times are epoch milliseconds in `bigint` columns: exact as JavaScript numbers. */
const toNumber = (value: string) => Number(value)

/** PGlite: PostgreSQL compiled to WebAssembly, in this process (`memory://` or a folder). */
export async function openPglite(dataDir: string): Promise<Sql> {
  const db = await PGlite.create(dataDir, { parsers: { [INT8]: toNumber } })
  return {
    where: `PGlite (${dataDir})`,
    transaction: (fn) =>
      db.transaction((tx) => fn(async (text, params) => (await tx.query<Row>(text, params)).rows)),
    close: () => db.close(),
  }
}

/** Where a database URL points, never its credentials (nor the URL, if it is not one). */
function hostOf(url: string): string {
  try {
    const { host, pathname } = new URL(url)
    return `${host}${pathname}`
  } catch {
    return 'DATABASE_URL'
  }
}

/** A real PostgreSQL through node-postgres' pool: one connection per transaction. */
export async function openPostgres(url: string): Promise<Sql> {
  const types = {
    getTypeParser: (oid: number, format?: 'text' | 'binary') =>
      oid === INT8 ? toNumber : pg.types.getTypeParser(oid, format),
  }
  const pool = new pg.Pool({ connectionString: url, types, max: 10 })
  return {
    where: `PostgreSQL (${hostOf(url)})`,
    async transaction(fn) {
      const client = await pool.connect()
      let broken = false
      try {
        await client.query('BEGIN')
        const result = await fn(
          async (text, params) => (await client.query<Row>(text, params)).rows,
        )
        await client.query('COMMIT')
        return result
      } catch (error) {
        // a connection that cannot roll back is dropped, not given to the next request
        await client.query('ROLLBACK').catch(() => {
          broken = true
        })
        throw error
      } finally {
        client.release(broken)
      }
    },
    close: () => pool.end(),
  }
}

const MIGRATIONS = join(import.meta.dirname, 'migrations')

/**
 * Applies the migrations not yet applied, in name order, in one transaction; a lock makes
 * processes that start together apply each once.
 */
export async function migrate(sql: Sql): Promise<string[]> {
  const files = readdirSync(MIGRATIONS)
    .filter((f) => f.endsWith('.sql'))
    .sort()
  return sql.transaction(async (query) => {
    await query('SELECT pg_advisory_xact_lock(0, 1)')
    await query(
      'CREATE TABLE IF NOT EXISTS migrations (name text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())',
    )
    const done = new Set((await query('SELECT name FROM migrations')).map((r) => String(r.name)))
    const applied: string[] = []
    for (const file of files.filter((f) => !done.has(f))) {
      for (const statement of readFileSync(join(MIGRATIONS, file), 'utf8').split(/;\s*$/m)) {
        if (statement.replace(/--.*$/gm, '').trim()) await query(statement)
      }
      await query('INSERT INTO migrations (name) VALUES ($1)', [file])
      applied.push(file)
    }
    return applied
  })
}
