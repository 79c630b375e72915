/**
 * `npm run server`: the portal's API and the app (the `npm run build:real` build) on one origin.
 * PORT (8080), DATABASE_URL (PostgreSQL; else PGlite in PGLITE_DATA, `.portal-data`), DIST
 * (`dist-real/client`). Demo mode (the demo accounts, the mailbox) is on over PGlite unless
 * `--no-demo`, and off over DATABASE_URL unless `--demo`; `--test-clock` lets conformance runs
 * set the time.
 */
import { existsSync } from 'node:fs'
import { serve } from '@hono/node-server'
import { Hono } from 'hono'
import { openPortal } from './portal'
import { staticSite } from './static'

const args = new Set(process.argv.slice(2))
// Demo accounts have published passwords: over a database of one's own, only when asked for.
const demo = args.has('--demo') || (!process.env.DATABASE_URL && !args.has('--no-demo'))
const testClock = args.has('--test-clock')
const port = Number(process.env.PORT ?? 8080)
const root = process.env.DIST ?? 'dist-real/client'

const { api, sql, applied } = await openPortal({
  demo,
  testClock,
  databaseUrl: process.env.DATABASE_URL,
  pgliteData: process.env.PGLITE_DATA ?? '.portal-data',
})

const app = new Hono()
app.route('/', api)
if (existsSync(root)) app.route('/', staticSite(root))

const server = serve(
  { fetch: app.fetch, port, hostname: process.env.HOST ?? '0.0.0.0' },
  (info) => {
    const mode = [demo ? 'demo mode' : 'no demo accounts', testClock ? 'TEST CLOCK' : ''].filter(
      Boolean,
    )
    console.log(
      `portal on http://localhost:${info.port} (${mode.join(', ')}; ${sql.where}; migrations applied: ${applied.length})`,
    )
    if (!existsSync(root)) console.log(`no app at ${root}: API only (npm run build:real writes it)`)
  },
)

function stop() {
  server.close(() => void sql.close().then(() => process.exit(0)))
}
process.on('SIGTERM', stop)
process.on('SIGINT', stop)
