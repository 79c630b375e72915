/**
 * `npm run bench`: build, serve, Lighthouse on every screen and the static baseline, the user01
 * onboarding in Playwright; prints one table and writes docs/perf.json and docs/perf.md.
 * It reports and always exits 0; the preview server and every Chromium are killed at the end.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { cpus, loadavg } from 'node:os'
import { gzipSync } from 'node:zlib'
import { chromium } from '@playwright/test'
import { bootFiles, readManifest } from '../manifest.ts'
import { type Onboarding, onboardUser01, writeStaticChooser } from './flows.ts'
import { audit, type Run } from './lighthouse.ts'
import { MINIMAL, writeMinimalPages } from './minimal.ts'
import { build, killAllSync, launchChromium, OUT_DIR, preview, stopAll } from './processes.ts'
import {
  busyLine,
  checksFor,
  type EagerJs,
  eagerLine,
  median,
  medianMetrics,
  missedTargets,
  onboardingLine,
  type Report,
  type ScreenResult,
  TARGETS,
  textTable,
  write,
} from './report.ts'
import { checkScreen, type Screen, screens } from './screens.ts'

/**
 * Five runs a screen: one screen's TBT moves by 2–5× between runs on a shared machine, and a
 * median of three follows a single outlier too easily.
 */
const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 5))
/** `BENCH_SCREENS=chooser,one-step`: only these screens (the reference pages always run). */
const ONLY = (process.env.BENCH_SCREENS ?? '').split(',').filter(Boolean)
const SCREENS = ONLY.length
  ? screens.filter((s) => s.baseline || s.minimal || ONLY.includes(s.id))
  : screens
const ONBOARDING_RUNS = Math.max(0, Number(process.env.BENCH_ONBOARDING_RUNS ?? 3))
/** A partial run (some screens, fewer runs) writes to .bench/, never over docs/perf.*. */
const PARTIAL = ONLY.length > 0 || RUNS < 3 || ONBOARDING_RUNS < 3
/** Past this, the remaining Lighthouse runs are skipped and the bench reports what it has. */
const DEADLINE_MS = Number(process.env.BENCH_DEADLINE_S ?? 900) * 1000
const LHR_DIR = '.bench/lhr'

const log = (message: string) =>
  console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}`)
const errorText = (e: unknown): string =>
  e instanceof Error ? (e.message.split('\n')[0] ?? e.message) : String(e)

/**
 * The entry chunk, what it imports in its steps (src/main.tsx) and their static imports: what the
 * pages' loader requests after the first paint.
 */
function eagerJs(): EagerJs {
  const files = bootFiles(readManifest(OUT_DIR)).map((file) => ({
    file,
    gzip: gzipSync(readFileSync(`${OUT_DIR}/${file}`)).length,
  }))
  const total = files.reduce((sum, f) => sum + f.gzip, 0)
  return { files, total }
}

function cpuModel(): string {
  try {
    const line = readFileSync('/proc/cpuinfo', 'utf8')
      .split('\n')
      .find((l) => l.startsWith('model name'))
    return line?.split(':')[1]?.trim() ?? cpus()[0]?.model ?? 'unknown'
  } catch {
    return cpus()[0]?.model ?? 'unknown'
  }
}

/** One Lighthouse run of `screen` in a fresh Chromium, after bringing it to a valid state. */
async function auditScreen(screen: Screen, origin: string, n: number): Promise<Run> {
  const loadBefore = loadavg()[0] ?? 0
  const browserProcess = await launchChromium()
  try {
    const browser = await chromium.connectOverCDP(`http://127.0.0.1:${browserProcess.port}`, {
      timeout: 30_000,
    })
    try {
      const context = browser.contexts()[0]
      if (!context) throw new Error('Chromium has no default context')
      const page = await context.newPage()
      if (screen.prepare) {
        await screen.prepare(page, origin)
        await checkScreen(page, origin, screen)
      }
      // As cold as a first visit: no HTTP cache and no mock worker yet (a page served through
      // the worker reports no transfer sizes, which would also skew Lighthouse's simulation);
      // the session and the mock portal's data (cookie, localStorage) stay.
      // From a blank page of its own: a session on the screen's page could end with it.
      const blank = await context.newPage()
      await page.close()
      const cdp = await context.newCDPSession(blank)
      await cdp.send('Storage.clearDataForOrigin', {
        origin,
        storageTypes: 'service_workers,cache_storage',
      })
      await cdp.send('Network.clearBrowserCache')
      await cdp.detach()
      await blank.close()
    } finally {
      await browser.close() // over CDP: disconnects, Chromium keeps running
    }
    const { run, lhr } = await audit(`${origin}${screen.path}`, browserProcess.port)
    run.load = Math.max(loadBefore, loadavg()[0] ?? 0)
    writeFileSync(`${LHR_DIR}/${screen.id}-${n + 1}.json`, JSON.stringify(lhr))
    const path = new URL(run.finalUrl).pathname
    if (path !== screen.path) throw new Error(`audited page ended on ${path}, not ${screen.path}`)
    if (screen.baseline && run.jsBytes > 0) throw new Error('the static baseline loaded JavaScript')
    return run
  } finally {
    await browserProcess.stop()
  }
}

async function main(): Promise<void> {
  const started = performance.now()
  const report: Report = {
    date: new Date().toISOString(),
    machine: {
      cpu: cpuModel(),
      cores: cpus().length,
      node: process.version,
      chromium: 'unknown',
      lighthouse: '12.2.3',
      benchmarkIndex: null,
      load: null,
    },
    settings: { runsPerScreen: RUNS, lighthouse: 'mobile defaults, performance only' },
    targets: TARGETS,
    screens: SCREENS.map((s) => ({
      id: s.id,
      name: s.name,
      path: s.path,
      baseline: Boolean(s.baseline),
      minimal: Boolean(s.minimal),
      runs: [],
      failures: [],
      median: null,
      lcpRatio: null,
      checks: [],
    })),
    eagerJs: { files: [], total: 0 },
    onboarding: { runs: [], medianMs: null, failures: [] },
    durationS: 0,
  }

  try {
    log('building (vite build)')
    build()
    report.eagerJs = eagerJs()
    mkdirSync(LHR_DIR, { recursive: true })
    const server = await preview()
    log(`serving ${OUT_DIR} at ${server.origin}`)

    const tools = await launchChromium()
    report.machine.chromium = tools.version
    const browser = await chromium.connectOverCDP(`http://127.0.0.1:${tools.port}`, {
      timeout: 30_000,
    })
    try {
      await writeStaticChooser(browser, server.origin, `${OUT_DIR}/static-chooser.html`)
      log(`wrote ${OUT_DIR}/static-chooser.html`)
      await writeMinimalPages(OUT_DIR, `${OUT_DIR}/static-chooser.html`)
      log(`wrote ${MINIMAL.map((m) => `${OUT_DIR}/minimal-${m}.html`).join(', ')}`)
      for (let i = 0; i < ONBOARDING_RUNS; i++) {
        try {
          const run: Onboarding = await onboardUser01(browser, server.origin)
          report.onboarding.runs.push(run)
          log(`onboarding ${i + 1}/${ONBOARDING_RUNS}: ${(run.totalMs / 1000).toFixed(2)} s`)
        } catch (e) {
          report.onboarding.failures.push(errorText(e))
          log(`onboarding ${i + 1}/${ONBOARDING_RUNS} failed: ${errorText(e)}`)
        }
      }
    } finally {
      await browser.close()
      await tools.stop()
    }
    if (report.onboarding.runs.length)
      report.onboarding.medianMs = median(report.onboarding.runs.map((r) => r.totalMs))

    // Round-robin, so a slow minute of the machine does not fall on one screen only.
    for (let n = 0; n < RUNS; n++) {
      for (const [i, screen] of SCREENS.entries()) {
        const result = report.screens[i] as ScreenResult
        if (performance.now() - started > DEADLINE_MS) {
          result.failures.push(`run ${n + 1}: skipped, past the ${DEADLINE_MS / 1000} s deadline`)
          continue
        }
        try {
          const run = await auditScreen(screen, server.origin, n)
          result.runs.push(run)
          log(
            `${screen.path} run ${n + 1}/${RUNS}: perf ${run.score}, LCP ${Math.round(run.lcp)} ms, TBT ${Math.round(run.tbt)} ms`,
          )
        } catch (e) {
          result.failures.push(`run ${n + 1}: ${errorText(e)}`)
          log(`${screen.path} run ${n + 1}/${RUNS} left out: ${errorText(e)}`)
        }
      }
    }
    await server.stop()
  } catch (e) {
    console.error(`[bench] stopped early: ${e instanceof Error ? (e.stack ?? e.message) : e}`)
  } finally {
    await stopAll()
  }

  const staticLcp = report.screens.find((r) => r.baseline)?.runs.length
    ? medianMetrics(report.screens.find((r) => r.baseline)?.runs ?? [])?.lcp
    : undefined
  for (const r of report.screens) {
    r.median = medianMetrics(r.runs)
    r.lcpRatio = r.median && staticLcp ? r.median.lcp / staticLcp : null
    r.checks = checksFor(r.median, r.lcpRatio)
  }
  const indexes = report.screens.flatMap((r) => r.runs.map((run) => run.benchmarkIndex))
  report.machine.benchmarkIndex = indexes.length ? Math.round(median(indexes)) : null
  const loads = report.screens.flatMap((r) => r.runs.map((run) => run.load))
  report.machine.load = loads.length ? { median: median(loads), max: Math.max(...loads) } : null
  report.durationS = (performance.now() - started) / 1000

  console.log('')
  console.log(textTable(report))
  console.log('')
  console.log(eagerLine(report))
  console.log(onboardingLine(report))
  const busy = busyLine(report)
  if (busy) console.log(busy)
  const missed = missedTargets(report)
  console.log(missed.length ? `Targets missed: ${missed.length}` : 'All targets met.')
  const dir = PARTIAL ? '.bench' : 'docs'
  write(report, dir)
  console.log(`Wrote ${dir}/perf.json and ${dir}/perf.md (${report.durationS.toFixed(0)} s).`)
}

process.on('exit', killAllSync)
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.on(signal, () => {
    console.error(`[bench] ${signal}: stopping the preview server and Chromium`)
    stopAll().finally(() => process.exit(0))
  })
}

main()
  .catch((e) => console.error(`[bench] ${e instanceof Error ? (e.stack ?? e.message) : e}`))
  .finally(() => process.exit(0))
