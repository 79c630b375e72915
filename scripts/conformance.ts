/**
 * `npm run conformance -- --base-url http://host:port`: the API tests (mocks/test) against any
 * portal started in demo mode with its test clock. `--server pglite` or `--server postgres`
 * (DATABASE_URL) starts this repository's server for the run and stops it after.
 * `--report FILE` also writes Vitest's JSON report.
 */
import { type ChildProcess, spawn } from 'node:child_process'
import { parseArgs } from 'node:util'
import { freePort, startServer } from './server-process'

const { values } = parseArgs({
  options: {
    'base-url': { type: 'string' },
    server: { type: 'string' },
    report: { type: 'string' },
  },
})

async function ownServer(kind: string): Promise<{ url: string; server: ChildProcess }> {
  const env: NodeJS.ProcessEnv = {}
  if (kind !== 'pglite' && kind !== 'postgres') throw new Error('--server is pglite or postgres')
  if (kind === 'pglite') env.PGLITE_DATA = 'memory://'
  else if (!process.env.DATABASE_URL) throw new Error('--server postgres needs DATABASE_URL')
  // PGlite only when asked for: a DATABASE_URL in the environment must not win
  if (kind === 'pglite') env.DATABASE_URL = ''
  const port = await freePort()
  const server = await startServer(port, {
    env,
    args: ['--demo', '--test-clock'],
    onOutput: (t) => process.stdout.write(t),
  })
  return { url: `http://127.0.0.1:${port}`, server }
}

let server: ChildProcess | undefined
let url = values['base-url']
if (!url) {
  if (!values.server) throw new Error('give --base-url URL, or --server pglite|postgres')
  ;({ url, server } = await ownServer(values.server))
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
