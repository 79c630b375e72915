import * as z from 'zod/mini'
import {
  AuditRecord,
  Db,
  MailCodeRecord,
  MailRecord,
  SessionRecord,
  UnknownIdRecord,
  UserRecord,
} from '../mocks/db'
import { HttpError } from '../mocks/http-error'
import type { Scope, Store } from '../mocks/store'
import { durations } from '../src/contract/policy'
import type { Query, Row, Sql } from './sql'

type Shape = z.ZodMiniObject<Record<string, z.ZodMiniType>>
type Table = {
  name: string
  key: string
  schema: Shape
  rows: (db: Db) => Row[]
  ordered?: boolean
}

const users: Table = {
  name: 'users',
  key: 'userId',
  schema: UserRecord,
  rows: (db) => Object.values(db.users),
  ordered: true,
}
const sessions: Table = {
  name: 'sessions',
  key: 'id',
  schema: SessionRecord,
  rows: (db) => Object.values(db.sessions),
}
const unknownIds: Table = {
  name: 'unknown_ids',
  key: 'userId',
  schema: UnknownIdRecord,
  rows: (db) => db.unknownIds,
}
const codes: Table = {
  name: 'codes',
  key: 'id',
  schema: MailCodeRecord,
  rows: (db) => db.codes,
  ordered: true,
}
const mails: Table = {
  name: 'mails',
  key: 'id',
  schema: MailRecord,
  rows: (db) => db.mails,
  ordered: true,
}
const audit: Table = {
  name: 'audit',
  key: 'id',
  schema: AuditRecord,
  rows: (db) => db.audit,
  ordered: true,
}

/** Each table in the order rows are written (a user before its sessions and codes). */
const tables = [users, sessions, unknownIds, codes, mails, audit]

const column = (field: string) => `"${field.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)}"`
const fieldsOf = (table: Table) => Object.keys(table.schema.shape)

/** A row as stored, in its record's fields (an optional field stored as NULL is absent). */
function recordOf(table: Table, row: Row): Row {
  const record: Row = {}
  for (const field of fieldsOf(table)) {
    const value = row[column(field).slice(1, -1)]
    const optional = table.schema.shape[field]?._zod.optin === 'optional'
    if (!(value === null && optional)) record[field] = value
  }
  return record
}

type Loaded = Record<string, Row[]>

/**
 * The scope's rows; a user's codes only while they can still matter (active or in the mail
 * window). Every user and the audit log only for a request whose session exists (`signedIn`).
 */
async function load(
  query: Query,
  scope: Scope,
  { ids, signedIn }: { ids: string[]; signedIn: boolean },
  now: number,
): Promise<Loaded> {
  const select = (table: Table, where = 'TRUE', params: unknown[] = []) =>
    query(
      `SELECT * FROM ${table.name} WHERE ${where}${table.ordered ? ' ORDER BY seq' : ''}`,
      params,
    )
  if (scope.everything) {
    return Object.fromEntries(await Promise.all(tables.map(async (t) => [t.name, await select(t)])))
  }
  const reads = (list: 'users' | 'audit' | 'mails') => scope.reads?.includes(list) ?? false
  return {
    users:
      reads('users') && signedIn
        ? await select(users)
        : await select(users, 'user_id = ANY($1)', [ids]),
    sessions: scope.allSessions
      ? await select(sessions, 'user_id = ANY($1)', [ids])
      : await select(sessions, 'id = $1', [scope.sessionId ?? null]),
    unknown_ids: await select(unknownIds, 'user_id = ANY($1)', [ids]),
    codes: await select(
      codes,
      "user_id = ANY($1) AND (state = 'active' OR sent_at > $2 OR attempt_id = $3)",
      [ids, now - durations.mailWindow, scope.sessionId ?? null],
    ),
    mails: reads('mails') ? await select(mails) : [],
    audit: reads('audit') && signedIn ? await select(audit) : [],
  }
}

function dbOf(loaded: Loaded): Db {
  const rows = (table: Table) => (loaded[table.name] ?? []).map((row) => recordOf(table, row))
  const byKey = (table: Table) =>
    Object.fromEntries(rows(table).map((r) => [String(r[table.key]), r]))
  return z.parse(Db, {
    version: 2,
    users: byKey(users),
    sessions: byKey(sessions),
    unknownIds: rows(unknownIds),
    codes: rows(codes),
    mails: rows(mails),
    audit: rows(audit),
  })
}

/** Writes what `fn` changed: new and changed rows upserted, rows it removed deleted. */
async function save(query: Query, before: Db, after: Db): Promise<void> {
  const deletes: Array<() => Promise<unknown>> = []
  for (const table of tables) {
    const fields = fieldsOf(table)
    const old = new Map(table.rows(before).map((r) => [r[table.key], JSON.stringify(r)]))
    const now = table.rows(after)
    const kept = new Set(now.map((r) => r[table.key]))
    for (const row of now) {
      if (old.get(row[table.key]) === JSON.stringify(row)) continue
      const values = fields.map((f) => row[f] ?? null)
      const set = fields.map((f) => `${column(f)} = EXCLUDED.${column(f)}`).join(', ')
      await query(
        `INSERT INTO ${table.name} (${fields.map(column).join(', ')}) VALUES (${fields.map((_, i) => `$${i + 1}`).join(', ')}) ON CONFLICT (${column(table.key)}) DO UPDATE SET ${set}`,
        values,
      )
    }
    const gone = [...old.keys()].filter((k) => !kept.has(k))
    if (gone.length) {
      deletes.unshift(() =>
        query(`DELETE FROM ${table.name} WHERE ${column(table.key)} = ANY($1)`, [gone]),
      )
    }
  }
  for (const remove of deletes) await remove()
}

/**
 * The portal's state in PostgreSQL. A transaction locks the users it touches (advisory locks,
 * in one order, so two never wait on each other), reads their rows, lets the core change them
 * and writes the difference; one that replaces everything (a reset) locks out all others. So every count
 * (failures, a TOTP step's single use, the mail limit) is exact however many processes serve.
 */
export function postgresStore(sql: Sql): Store {
  return {
    async transaction(scope, clock, fn) {
      const outcome = await sql.transaction(async (query) => {
        const ids = new Set(scope.userIds)
        let signedIn = false
        if (scope.everything) {
          await query('SELECT pg_advisory_xact_lock(1, 0)')
        } else {
          await query('SELECT pg_advisory_xact_lock_shared(1, 0)')
          if (scope.sessionId) {
            const [owner] = await query('SELECT user_id FROM sessions WHERE id = $1', [
              scope.sessionId,
            ])
            if (owner) ids.add(String(owner.user_id))
            signedIn = Boolean(owner)
          }
          // in the order of the lock keys themselves, so two scopes never wait on each other
          const keys = await query(
            'SELECT DISTINCT hashtext(id) AS key FROM unnest($1::text[]) AS id ORDER BY key',
            [[...ids]],
          )
          for (const { key } of keys) await query('SELECT pg_advisory_xact_lock(2, $1)', [key])
        }
        const now = clock()
        const loaded = await load(query, scope, { ids: [...ids], signedIn }, now)
        const before = dbOf(loaded)
        const db = structuredClone(before)
        try {
          const result = await fn(db, now)
          await save(query, before, db)
          return { result }
        } catch (error) {
          if (!(error instanceof HttpError)) throw error
          await save(query, before, db)
          return { error }
        }
      })
      if ('error' in outcome) throw outcome.error
      return outcome.result
    },
  }
}
