/**
 * `npm run bench`: builds the app and the minimal reference page, serves both, saves a static
 * copy of every measured page, then runs Lighthouse on each (interleaved, `BENCH_RUNS` rounds; a
 * static copy in the first round only: its LCP varies far less than the target's margin) and writes
 * docs/perf.md. `BENCH_PAGES=chooser,ja-totp` measures only those (written to .bench/).
 */
import { execFileSync } from 'node:child_process'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { cpus } from 'node:os'
import { screenEmulationMetrics } from 'lighthouse/core/config/constants.js'
import { MECHANISMS, SERVER_LOAD, sectionOf, withSection } from '../perf-section'
import { killAll, launchChromium } from './chromium'
import { listen, measure, prepare, withPage } from './cold-run'
import type { Run } from './lighthouse'
import { ownCore } from './own-core'
import { type BenchPage, benchPages } from './pages'
import { judge, markdown, median, type Row } from './report'

const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 5))
const ONLY = (process.env.BENCH_PAGES ?? '').split(',').filter(Boolean)
const PAGES = ONLY.length ? benchPages.filter((p) => ONLY.includes(p.id)) : benchPages
const PARTIAL = ONLY.length > 0 || RUNS < 3
const BUILD = '.bench/dist'
const MINIMAL = 'scripts/bench/minimal'
const RR = `${process.cwd()}/node_modules/.bin/react-router`

const log = (text: string) =>
  console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${text}`)

// The screen Lighthouse's mobile defaults emulate (412 × 823 at 1.75, mobile)
const { width, height, deviceScaleFactor, mobile } = screenEmulationMetrics.mobile
const MOBILE_SCREEN = { width, height, deviceScaleFactor, mobile }

/**
 * The page as the app finally renders it, scripts removed, served beside the app; and its largest
 * contentful paint's element in this load, warm and unthrottled (Lighthouse 12.2.3 cannot name it
 * with Chromium 156: its TraceElements gatherer fails on the trace).
 */
async function saveStatic(page: BenchPage, origin: string): Promise<{ path: string; lcp: string }> {
  const browser = await launchChromium()
  try {
    const { html, lcp } = await withPage(browser, async (tab) => {
      if (page.state) await page.state(tab, origin)
      // Lighthouse's mobile screen: the page laid out, and its largest paint, as Lighthouse sees it
      const cdp = await tab.context().newCDPSession(tab)
      await cdp.send('Emulation.setDeviceMetricsOverride', MOBILE_SCREEN)
      await tab.addInitScript(recordLargestPaint, LCP_KEY)
      await tab.goto(`${origin}${page.path}`)
      await tab.waitForLoadState('networkidle')
      if (new URL(tab.url()).pathname !== page.path) throw new Error(`${page.path} redirected`)
      return {
        html: await tab.evaluate(() => document.documentElement.outerHTML),
        lcp: await tab.evaluate((key) => sessionStorage.getItem(key) ?? '', LCP_KEY),
      }
    })
    const stripped = html
      .replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, '')
      .replace(/<link\b[^>]*\brel="modulepreload"[^>]*>/gi, '')
    mkdirSync(`${BUILD}/client/bench-static`, { recursive: true })
    writeFileSync(`${BUILD}/client/bench-static/${page.id}.html`, `<!doctype html>\n${stripped}`)
    return { path: `/bench-static/${page.id}.html`, lcp }
  } finally {
    await browser.stop()
  }
}

const LCP_KEY = 'bench:largest-paint'

/**
 * Run in the tab's top document from its start: names each largest-contentful-paint candidate as
 * it paints (a prerendered frame's nodes are gone once the screen mounts) in sessionStorage.
 */
function recordLargestPaint(key: string): void {
  if (window !== window.top) return
  sessionStorage.removeItem(key)
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (!(entry instanceof LargestContentfulPaint)) continue
      const { element, size } = entry
      const text = [...(element?.textContent ?? '').replace(/\s+/g, ' ').trim()]
      const words = text.length > 24 ? `${text.slice(0, 24).join('')}…` : text.join('')
      const name = element
        ? `${element.tagName.toLowerCase()}${element.classList[0] ? `.${element.classList[0]}` : ''} "${words || entry.url}"`
        : `(removed before it was named, ${size} px²)`
      sessionStorage.setItem(key, name)
    }
  }).observe({ type: 'largest-contentful-paint', buffered: true })
}

async function main() {
  const started = Date.now()
  log('building the app and the minimal reference')
  execFileSync(RR, ['build'], { stdio: 'inherit', env: { ...process.env, BUILD_DIR: BUILD } })
  execFileSync(RR, ['build'], { stdio: 'ignore', cwd: MINIMAL })
  const app = await listen(`${BUILD}/client`)
  const minimal = await listen(`${MINIMAL}/build/client`)

  const rows: Row[] = PAGES.map((p) => ({
    id: p.id,
    path: p.path,
    runs: [],
    staticRuns: [],
    failures: [],
  }))
  const statics = new Map<string, string>()
  for (const [i, page] of PAGES.entries()) {
    log(`static copy of ${page.path}`)
    const saved = await saveStatic(page, app.origin)
    statics.set(page.id, saved.path)
    const row = rows[i]
    if (row) row.lcpElement = saved.lcp
  }

  const minimalRuns: Run[] = []
  for (let round = 1; round <= RUNS; round++) {
    log(`round ${round} of ${RUNS}`)
    minimalRuns.push(await measure(`minimal-${round}`, `${minimal.origin}/`))
    for (const [i, page] of PAGES.entries()) {
      const row = rows[i] as Row
      try {
        const run = await measure(`${page.id}-${round}`, `${app.origin}${page.path}`, (b) =>
          prepare(b, page, app.origin),
        )
        if (run.finalPath !== page.path) throw new Error(`ended on ${run.finalPath}`)
        row.runs.push(run)
        if (round === 1)
          row.staticRuns.push(
            await measure(`static-${page.id}`, `${app.origin}${statics.get(page.id)}`),
          )
      } catch (error) {
        row.failures.push(String(error).split('\n')[0] ?? '')
        log(`${page.path}: ${row.failures.at(-1)}`)
      }
    }
  }

  const minimalTbt = median(minimalRuns.map((r) => r.tbt))
  const verdicts = rows.map((row) => judge(row, minimalTbt))
  const all = [...minimalRuns, ...rows.flatMap((r) => [...r.runs, ...r.staticRuns])]
  const chromium = await launchChromium()
  await chromium.stop()
  const machine = {
    date: new Date().toISOString(),
    machine: `${readFileSync('/proc/cpuinfo', 'utf8').match(/model name\s*:\s*(.*)/)?.[1] ?? cpus()[0]?.model}, ${cpus().length} cores`,
    'Node.js': process.version,
    Chromium: chromium.version,
    'Lighthouse benchmark index (median)': Math.round(median(all.map((r) => r.benchmarkIndex))),
    '1-minute load average (median, max)': `${median(all.map((r) => r.load)).toFixed(1)}, ${Math.max(...all.map((r) => r.load)).toFixed(1)}`,
    "page's main thread": ownCore
      ? 'a core of its own (core 1); Lighthouse, the server and the rest of Chromium on core 0'
      : 'cores shared with Lighthouse, the server and the rest of Chromium',
    'runs per page': RUNS,
    'bench duration': `${Math.round((Date.now() - started) / 1000)} s`,
  }
  const dir = PARTIAL ? '.bench' : 'docs'
  // the load test's section and the hand-written A/B records are kept as they were
  let text = markdown(verdicts, minimalRuns, machine)
  for (const heading of [MECHANISMS, SERVER_LOAD]) {
    const kept = sectionOf(`${dir}/perf.md`, heading)
    if (kept) text = withSection(text, heading, kept)
  }
  mkdirSync(dir, { recursive: true })
  writeFileSync(`${dir}/perf.md`, text)
  writeFileSync(`${dir}/perf.json`, `${JSON.stringify({ machine, minimalRuns, rows }, null, 1)}\n`)
  console.log(text)
  log(`written to ${dir}/perf.md`)
  app.server.close()
  minimal.server.close()
}

process.on('exit', killAll)
main()
  .catch((error) => {
    console.error(error)
    process.exitCode = 1
  })
  .finally(() => {
    killAll()
    process.exit()
  })
