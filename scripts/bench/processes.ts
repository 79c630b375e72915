/**
 * The processes the bench starts (vite preview, Chromium): each one is started in its own
 * process group and killed by its id when the bench ends, also on an error or a signal.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process'
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--headless=new',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
]

const running = new Set<ChildProcess>()
const tempDirs = new Set<string>()

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return
  try {
    process.kill(-child.pid, signal)
  } catch {
    // already gone
  }
}

/** SIGTERM, then SIGKILL after `graceMs` if the group is still there. */
async function stop(child: ChildProcess, graceMs = 2000): Promise<void> {
  if (child.exitCode === null && child.signalCode === null) {
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
    killGroup(child, 'SIGTERM')
    await Promise.race([exited, sleep(graceMs)])
    killGroup(child, 'SIGKILL')
  }
  running.delete(child)
}

function start(command: string, args: string[]): ChildProcess {
  const child = spawn(command, args, { detached: true, stdio: ['ignore', 'pipe', 'pipe'] })
  running.add(child)
  child.once('exit', () => running.delete(child))
  return child
}

/**
 * Removes a temporary Chromium profile; Chromium's helpers may still be writing to it for a
 * moment after it exits. Kept in `tempDirs` (for a later try) when it cannot be removed yet.
 */
function removeProfile(dir: string): void {
  try {
    rmSync(dir, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 })
    tempDirs.delete(dir)
  } catch {
    // a temporary directory the system cleans up in the end
  }
}

/** Synchronous last resort for `process.on('exit')`. */
export function killAllSync(): void {
  for (const child of running) killGroup(child, 'SIGKILL')
  running.clear()
  for (const dir of tempDirs) removeProfile(dir)
  tempDirs.clear()
}

export async function stopAll(): Promise<void> {
  await Promise.all([...running].map((child) => stop(child)))
  killAllSync()
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      const port = typeof address === 'object' && address ? address.port : 0
      server.close(() => resolve(port))
    })
  })
}

/** Where the bench serves its own copy of the build from (other builds may replace dist/). */
export const OUT_DIR = '.bench/dist'

/**
 * The project's production build (`npm run build`: vite build and the chooser's prerender),
 * then a private copy of dist/, so a build someone else starts during the bench cannot change
 * the files under measurement.
 */
export function build(): void {
  execFileSync('npm', ['run', '--silent', 'build'], { stdio: ['ignore', 'inherit', 'inherit'] })
  rmSync(OUT_DIR, { recursive: true, force: true })
  cpSync('dist', OUT_DIR, { recursive: true })
  const manifest = JSON.parse(readFileSync(join(OUT_DIR, '.vite/manifest.json'), 'utf8')) as Record<
    string,
    { file: string; isEntry?: boolean }
  >
  const html = readFileSync(join(OUT_DIR, 'index.html'), 'utf8')
  const entry = Object.values(manifest).find((c) => c.isEntry)
  const whole =
    entry &&
    html.includes(entry.file) &&
    Object.values(manifest).every((c) => existsSync(join(OUT_DIR, c.file)))
  if (!whole) throw new Error('dist/ changed while it was copied (another build?); run again')
}

export type Server = { origin: string; stop: () => Promise<void> }

/** `vite preview` of dist/ on a free port, once it answers. */
export async function preview(): Promise<Server> {
  const port = await freePort()
  const child = start('node_modules/.bin/vite', [
    'preview',
    '--port',
    String(port),
    '--strictPort',
    '--outDir',
    OUT_DIR,
    '--host',
    '127.0.0.1',
  ])
  let output = ''
  child.stdout?.on('data', (d) => {
    output += d
  })
  child.stderr?.on('data', (d) => {
    output += d
  })
  const origin = `http://127.0.0.1:${port}`
  for (let i = 0; i < 300; i++) {
    if (child.exitCode !== null) throw new Error(`vite preview exited:\n${output}`)
    try {
      if ((await fetch(origin)).ok) return { origin, stop: () => stop(child) }
    } catch {
      // not up yet
    }
    await sleep(100)
  }
  await stop(child)
  throw new Error(`vite preview did not answer on ${origin}:\n${output}`)
}

export type Chromium = { port: number; version: string; stop: () => Promise<void> }

/** A Chromium with a fresh profile and a DevTools port, for Playwright and Lighthouse both. */
export async function launchChromium(): Promise<Chromium> {
  const profile = mkdtempSync(join(tmpdir(), 'bench-chromium-'))
  tempDirs.add(profile)
  const child = start(CHROMIUM_PATH, [
    ...CHROMIUM_FLAGS,
    '--remote-debugging-port=0',
    `--user-data-dir=${profile}`,
    'about:blank',
  ])
  child.stdout?.resume()
  child.stderr?.resume()
  const stopIt = async () => {
    await stop(child)
    removeProfile(profile)
  }
  const portFile = join(profile, 'DevToolsActivePort')
  for (let i = 0; i < 300; i++) {
    if (child.exitCode !== null) break
    if (existsSync(portFile)) {
      const port = Number(readFileSync(portFile, 'utf8').split('\n')[0])
      if (port > 0) {
        try {
          const info = (await (await fetch(`http://127.0.0.1:${port}/json/version`)).json()) as {
            Browser: string
          }
          return { port, version: info.Browser, stop: stopIt }
        } catch {
          // DevTools not answering yet
        }
      }
    }
    await sleep(100)
  }
  await stopIt()
  throw new Error(`Chromium (${CHROMIUM_PATH}) did not open its DevTools port`)
}
