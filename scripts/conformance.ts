/**
 * `npm run conformance -- --base-url http://host:port`: the API tests (mocks/test) against any
 * portal started in demo mode with its test clock. `--server pglite` or `--server postgres`
 * (DATABASE_URL) starts this repository's server for the run and stops it after.
 * `--report FILE` also writes Vitest's JSON report.
 */
import { type ChildProcess, spawn } from 'node:child_process'
import { createServer } from 'node:net'
import { parseArgs } from 'node:util'

const { values } = parseArgs({
  options: {
    'base-url': { type: 'string' },
    server: { type: 'string' },
    report: { type: 'string' },
  },
})

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, () => {
      const { port } = probe.address() as { port: number }
      probe.close(() => resolve(port))
    })
  })
}

async function startServer(kind: string): Promise<{ url: string; server: ChildProcess }> {
  const port = await freePort()
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), DIST: 'no-app' }
  if (kind === 'pglite') {
    env.PGLITE_DATA = 'memory://'
    delete env.DATABASE_URL
  } else if (!env.DATABASE_URL) {
    throw new Error('--server postgres needs DATABASE_URL')
  }
  const server = spawn('node_modules/.bin/tsx', ['server/main.ts', '--test-clock'], {
    env,
    stdio: ['ignore', 'inherit', 'inherit'],
  })
  const url = `http://127.0.0.1:${port}`
  for (let i = 0; i < 600; i++) {
    if (server.exitCode !== null) throw new Error(`the server stopped (${server.exitCode})`)
    const up = await fetch(`${url}/api/session`).then(
      () => true,
      () => false,
    )
    if (up) return { url, server }
    await new Promise((r) => setTimeout(r, 100))
  }
  throw new Error('the server did not start in 60 s')
}

let server: ChildProcess | undefined
let url = values['base-url']
if (!url) {
  if (!values.server) throw new Error('give --base-url URL, or --server pglite|postgres')
  ;({ url, server } = await startServer(values.server))
}
const reporters = values.report
  ? ['--reporter=default', '--reporter=json', `--outputFile.json=${values.report}`]
  : []
const vitest = spawn(
  'node_modules/.bin/vitest',
  ['run', '--config', 'vitest.conformance.config.ts', ...reporters],
  { env: { ...process.env, PORTAL_BASE_URL: url }, stdio: 'inherit' },
)
const code: number = await new Promise((resolve) => vitest.on('exit', (c) => resolve(c ?? 1)))
server?.kill('SIGTERM')
process.exit(code)
