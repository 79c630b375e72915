import { type ChildProcess, spawn } from 'node:child_process'
import { createServer } from 'node:net'

/** A port no one listens on now. */
export function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, () => {
      const address = probe.address()
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0))
    })
  })
}

/**
 * `npm run server` in a child process (API only), returned once it answers on `port`. Its
 * output goes to `onOutput` if given, else is dropped.
 */
export async function startServer(
  port: number,
  {
    env = {},
    args = [],
    onOutput,
  }: { env?: NodeJS.ProcessEnv; args?: string[]; onOutput?: (text: string) => void } = {},
): Promise<ChildProcess> {
  const server = spawn('node_modules/.bin/tsx', ['server/main.ts', ...args], {
    env: { ...process.env, DIST: 'no-app', ...env, PORT: String(port) },
  })
  server.stdout.on('data', (d) => onOutput?.(String(d)))
  server.stderr.on('data', (d) => onOutput?.(String(d)))
  for (let i = 0; i < 600; i++) {
    if (server.exitCode !== null)
      throw new Error(`the server on ${port} stopped (${server.exitCode})`)
    const up = await fetch(`http://127.0.0.1:${port}/api/session`).then(
      () => true,
      () => false,
    )
    if (up) return server
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  server.kill('SIGTERM')
  throw new Error(`the server on ${port} did not start in 60 s`)
}
