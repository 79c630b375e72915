/**
 * The measured page's main thread on a core of its own (decision 0028): this process (the static
 * server, Playwright, Lighthouse) and every other Chromium thread stay on core 0, and each
 * renderer's main thread moves to core 1 as it starts. Threads a renderer starts later (a service
 * worker, V8's helpers) are moved back to core 0. Linux, cores 0 and 1 both allowed, and
 * `taskset`; elsewhere nothing moves and `ownCore` is false.
 */
import { execFile, execFileSync } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'

const read = (path: string) => {
  try {
    return readFileSync(path, 'utf8')
  } catch {
    return ''
  }
}

/** The cores this process may run on (`Cpus_allowed_list`, such as `0-1` or `0,2-3`). */
function allowedCores(): Set<number> {
  const list = read('/proc/self/status').match(/^Cpus_allowed_list:\s*(.+)$/m)?.[1] ?? ''
  const cores = new Set<number>()
  for (const range of list.split(',')) {
    const [first, last = first] = range.split('-').map(Number)
    for (let core = first ?? 0; core <= (last ?? -1); core++) cores.add(core)
  }
  return cores
}

/** Keeps this process, and what it starts from now on, to core 0; false if it cannot. */
function keepToCore0(): boolean {
  const cores = allowedCores()
  if (process.platform !== 'linux' || !cores.has(0) || !cores.has(1)) return false
  try {
    execFileSync('taskset', ['-a', '-p', '-c', '0', String(process.pid)], { stdio: 'ignore' })
    return true
  } catch {
    return false
  }
}

export const ownCore = keepToCore0()

const move = (thread: string, core: '0' | '1') =>
  new Promise<void>((done) => execFile('taskset', ['-p', '-c', core, thread], () => done()))

const ONLY_CORE_1 = /^Cpus_allowed_list:\s*1\s*$/m

/** Moves renderers' main threads to core 1 until the returned function is called. */
export function watchRenderers(): () => void {
  if (!ownCore) return () => {}
  const renderers = new Set<string>()
  const others = new Set<string>()
  let busy = false
  const sweep = async () => {
    if (busy) return
    busy = true
    const moves: Promise<void>[] = []
    for (const pid of readdirSync('/proc')) {
      if (!/^\d+$/.test(pid) || renderers.has(pid) || others.has(pid)) continue
      const command = read(`/proc/${pid}/cmdline`)
      if (command.includes('--type=renderer')) {
        renderers.add(pid)
        moves.push(move(pid, '1'))
      } else if (!command.includes('zygote')) {
        // a zygote's fresh fork shows the zygote's command line until it names itself
        others.add(pid)
      }
    }
    for (const pid of renderers) {
      let threads: string[]
      try {
        threads = readdirSync(`/proc/${pid}/task`)
      } catch {
        renderers.delete(pid)
        continue
      }
      for (const thread of threads) {
        if (thread !== pid && ONLY_CORE_1.test(read(`/proc/${pid}/task/${thread}/status`)))
          moves.push(move(thread, '0'))
      }
    }
    await Promise.all(moves)
    busy = false
  }
  const timer = setInterval(sweep, 5)
  return () => clearInterval(timer)
}
