/**
 * The processes the bench starts: Chromium with a fresh profile and a DevTools port (for
 * Playwright and Lighthouse both), each in its own process group, killed when the bench ends.
 */
import { type ChildProcess, spawn } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const FLAGS = [
  '--no-sandbox',
  '--headless=new',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
]

const running = new Set<ChildProcess>()
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

function kill(child: ChildProcess): void {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return
  try {
    process.kill(-child.pid, 'SIGKILL')
  } catch {
    // already gone
  }
}

export function killAll(): void {
  for (const child of running) kill(child)
  running.clear()
}

export type Chromium = { port: number; version: string; stop: () => Promise<void> }

export async function launchChromium(): Promise<Chromium> {
  const profile = mkdtempSync(join(tmpdir(), 'bench-chromium-'))
  const child = spawn(
    CHROMIUM_PATH,
    [...FLAGS, '--remote-debugging-port=0', `--user-data-dir=${profile}`, 'about:blank'],
    { detached: true, stdio: 'ignore' },
  )
  running.add(child)
  const stop = async () => {
    kill(child)
    running.delete(child)
    await sleep(100)
    rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 })
  }
  const portFile = join(profile, 'DevToolsActivePort')
  for (let i = 0; i < 300 && child.exitCode === null; i++) {
    const port = existsSync(portFile) ? Number(readFileSync(portFile, 'utf8').split('\n')[0]) : 0
    if (port > 0) {
      try {
        const info = await (await fetch(`http://127.0.0.1:${port}/json/version`)).json()
        return { port, version: String(info.Browser), stop }
      } catch {
        // DevTools not answering yet
      }
    }
    await sleep(100)
  }
  await stop()
  throw new Error(`Chromium (${CHROMIUM_PATH}) did not open its DevTools port`)
}
