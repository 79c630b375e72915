/**
 * `npm run load`: a bounded load test of the Node server on loopback (autocannon, 10 s a run,
 * 40 s in all) over one PostgreSQL (DATABASE_URL, else a throwaway one from scripts/postgres.sh):
 * the 2-step login's password step and the session check, with one server process and with two.
 * 100 users, copies of user02 (same password), so that logins are not queued behind one user's
 * lock. Writes its section of docs/perf.md (`--no-write`: prints it only).
 */
import { execFileSync } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import { cpus } from 'node:os'
import autocannon, { type Request } from 'autocannon'
import pg from 'pg'
import { SERVER_LOAD, withSection } from './perf-section'
import { startServer } from './server-process'

const SECONDS = 10
const CONNECTIONS = 20
const USERS = Array.from({ length: 100 }, (_, i) => `load${String(i).padStart(3, '0')}`)
const PASSWORD = 'Secure2024'

const ownDb = !process.env.DATABASE_URL
const url =
  process.env.DATABASE_URL ??
  execFileSync('bash', ['scripts/postgres.sh'], { encoding: 'utf8' }).trim()

/** The load users: user02's row under 100 new IDs, their old sessions gone. */
async function seedUsers() {
  const db = new pg.Client(url)
  await db.connect()
  await db.query("DELETE FROM users WHERE user_id LIKE 'load%'")
  await db.query(
    `INSERT INTO users (user_id, name, role, method, method_chosen, email, password_hash, password_changed, registered, totp_secret, last_totp_step, failed_count, locked_until)
     SELECT id, name, role, method, method_chosen, id || '@example.com', password_hash, password_changed, registered, totp_secret, NULL, 0, NULL
     FROM users, unnest($1::text[]) AS id WHERE user_id = 'user02'`,
    [USERS],
  )
  await db.end()
}

/** One session cookie per load user (at the code step), for the session check. */
async function cookies(base: string): Promise<string[]> {
  const all: string[] = []
  for (const userId of USERS) {
    const res = await fetch(`${base}/api/login/two-step`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ userId, password: PASSWORD }),
    })
    all.push(res.headers.get('set-cookie')?.split(';')[0] ?? '')
  }
  return all
}

type Run = { rps: number; p50: number; p99: number; errors: number }

function hit(
  base: string,
  connections: number,
  kind: 'login' | 'session',
  jar: string[],
): Promise<Run> {
  let i = 0
  const next = () => USERS[i++ % USERS.length]
  const request: Request =
    kind === 'login'
      ? {
          method: 'POST' as const,
          path: '/api/login/two-step',
          headers: { 'content-type': 'application/json' },
          setupRequest: (r: Request) => ({
            ...r,
            body: JSON.stringify({ userId: next(), password: PASSWORD }),
          }),
        }
      : {
          method: 'GET' as const,
          path: '/api/session',
          setupRequest: (r: Request) => ({
            ...r,
            headers: { cookie: jar[i++ % jar.length] },
          }),
        }
  return new Promise((resolve, reject) =>
    autocannon(
      { url: base, connections, duration: SECONDS, requests: [request] },
      (error, result) => {
        if (error) return reject(error)
        resolve({
          rps: result.requests.average,
          p50: result.latency.p50,
          p99: result.latency.p99,
          errors: result.non2xx + result.errors + result.timeouts,
        })
      },
    ),
  )
}

async function measure(bases: string[], kind: 'login' | 'session', jar: string[]) {
  const runs = await Promise.all(bases.map((b) => hit(b, CONNECTIONS / bases.length, kind, jar)))
  return {
    rps: Math.round(runs.reduce((sum, r) => sum + r.rps, 0)),
    p50: Math.max(...runs.map((r) => r.p50)),
    p99: Math.max(...runs.map((r) => r.p99)),
    errors: runs.reduce((sum, r) => sum + r.errors, 0),
  }
}

async function pgVersion(): Promise<string> {
  const db = new pg.Client(url)
  await db.connect()
  const { rows } = await db.query('SHOW server_version')
  await db.end()
  return `PostgreSQL ${String(rows[0]?.server_version).split(' ')[0]}`
}

const ports = [54421, 54422]
const servers = await Promise.all(
  ports.map((port) => startServer(port, { env: { DATABASE_URL: url }, args: ['--demo'] })),
)
const bases = ports.map((p) => `http://127.0.0.1:${p}`)
await seedUsers()
const jar = await cookies(bases[0] ?? '')
const rows: string[] = []
for (const processes of [1, 2]) {
  for (const kind of ['login', 'session'] as const) {
    const r = await measure(bases.slice(0, processes), kind, jar)
    const what =
      kind === 'login' ? 'POST /api/login/two-step (password step, scrypt)' : 'GET /api/session'
    rows.push(`| ${what} | ${processes} | ${r.rps} | ${r.p50} | ${r.p99} | ${r.errors} |`)
    console.error(rows.at(-1))
  }
}
const version = await pgVersion()
for (const s of servers) s.kill('SIGTERM')
if (ownDb) execFileSync('bash', ['scripts/postgres.sh', 'stop'])

const report = [
  `- date: ${new Date().toISOString()}`,
  `- machine: ${cpus()[0]?.model}, ${cpus().length} cores; Node.js ${process.version}; ${version}`,
  `- autocannon on loopback, ${CONNECTIONS} connections (split between the processes), ${SECONDS} s a run;`,
  '  the server processes, PostgreSQL and autocannon share those cores',
  '',
  '| request | server processes | requests/s | p50 ms | p99 ms | non-2xx or errors |',
  '|---|---|---|---|---|---|',
  ...rows,
].join('\n')
console.log(report)
if (!process.argv.includes('--no-write')) {
  const file = 'docs/perf.md'
  writeFileSync(file, withSection(readFileSync(file, 'utf8'), SERVER_LOAD, report))
  console.log(`written to ${file}`)
}
