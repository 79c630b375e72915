/** Medians, the issue's targets, and the table printed and written as JSON and Markdown. */
import { mkdirSync, writeFileSync } from 'node:fs'
import type { Onboarding } from './flows.ts'
import type { Metrics, Run } from './lighthouse.ts'
import type { TbtSplit } from './tbt-split.ts'

export const TARGETS = {
  score: 98,
  lcpMs: 1800,
  tbtMs: 50,
  cls: 0,
  lcpRatio: 1.6,
  jsBeforePaintBytes: 115 * 1000,
} as const

export type Check = { target: string; met: boolean }

const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} KB`

export type ScreenResult = {
  id: string
  name: string
  path: string
  baseline: boolean
  /** A reference page: a minimal app on the same stack (scripts/bench/minimal.ts). */
  minimal: boolean
  runs: Run[]
  /** Runs left out: the page was not the screen named, or Lighthouse failed. */
  failures: string[]
  median: Metrics | null
  lcpRatio: number | null
  checks: Check[]
}

export type EagerJs = { files: { file: string; gzip: number }[]; total: number }

export type Machine = {
  cpu: string
  cores: number
  node: string
  chromium: string
  lighthouse: string
  benchmarkIndex: number | null
  /** 1-minute load average during the Lighthouse runs. */
  load: { median: number; max: number } | null
}

export type Report = {
  date: string
  machine: Machine
  settings: { runsPerScreen: number; lighthouse: string }
  targets: typeof TARGETS
  screens: ScreenResult[]
  eagerJs: EagerJs
  onboarding: {
    runs: Onboarding[]
    medianMs: number | null
    failures: string[]
  }
  durationS: number
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  if (sorted.length === 0) return Number.NaN
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2
}

export function medianMetrics(runs: Metrics[]): Metrics | null {
  if (runs.length === 0) return null
  const of = (k: keyof Metrics) => median(runs.map((r) => r[k]))
  return {
    score: of('score'),
    fcp: of('fcp'),
    lcp: of('lcp'),
    tbt: of('tbt'),
    cls: of('cls'),
    jsBytes: of('jsBytes'),
    jsBeforePaint: of('jsBeforePaint'),
  }
}

export function checksFor(m: Metrics | null, ratio: number | null): Check[] {
  if (!m) return [{ target: 'measured', met: false }]
  return [
    { target: `perf ≥ ${TARGETS.score}`, met: m.score >= TARGETS.score },
    { target: `LCP ≤ ${TARGETS.lcpMs / 1000} s`, met: m.lcp <= TARGETS.lcpMs },
    { target: `TBT ≤ ${TARGETS.tbtMs} ms`, met: m.tbt <= TARGETS.tbtMs },
    { target: 'CLS 0', met: m.cls === TARGETS.cls },
    {
      target: `LCP ≤ ${TARGETS.lcpRatio} × static`,
      met: ratio !== null && ratio <= TARGETS.lcpRatio,
    },
    {
      target: `JS before first paint ≤ ${kb(TARGETS.jsBeforePaintBytes)}`,
      met: m.jsBeforePaint <= TARGETS.jsBeforePaintBytes,
    },
  ]
}

/** The targets are the app's: only its screens miss one; the reference pages show their marks to compare. */
export function missedTargets(report: Report): string[] {
  return report.screens
    .filter((r) => !r.baseline && !r.minimal)
    .flatMap((r) => r.checks.filter((c) => !c.met).map((c) => `${r.name}: ${c.target}`))
}

const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`
const mark = (met: boolean | undefined) => (met === undefined ? '' : met ? ' ✓' : ' ✗')

function rows(report: Report): string[][] {
  const header = [
    'Screen',
    'Perf',
    'FCP',
    'LCP',
    'TBT',
    'CLS',
    'JS gz before first paint',
    'JS gz transferred',
    'LCP ÷ static',
    'Targets missed',
  ]
  const body = report.screens.map((r) => {
    const m = r.median
    const met = (prefix: string) => r.checks.find((c) => c.target.startsWith(prefix))?.met
    if (!m)
      return [
        r.name,
        '–',
        '–',
        '–',
        '–',
        '–',
        '–',
        '–',
        '–',
        `no valid run (${r.failures.length} failed)`,
      ]
    const missed = r.checks.filter((c) => !c.met).map((c) => c.target)
    return [
      `${r.name} (${r.path})`,
      `${Math.round(m.score)}${mark(met('perf'))}`,
      s(m.fcp),
      `${s(m.lcp)}${mark(met('LCP ≤ 1'))}`,
      `${Math.round(m.tbt)} ms${mark(met('TBT'))}`,
      `${m.cls.toFixed(3)}${mark(met('CLS'))}`,
      `${kb(m.jsBeforePaint)}${mark(met('JS before'))}`,
      kb(m.jsBytes),
      r.lcpRatio === null ? '–' : `${r.lcpRatio.toFixed(2)}${mark(met('LCP ≤ 1.6'))}`,
      `${r.baseline || r.minimal ? '(reference) ' : ''}${missed.length ? missed.join(', ') : 'none'}`,
    ]
  })
  return [header, ...body]
}

export function textTable(report: Report): string {
  const all = rows(report)
  const widths = all[0]?.map((_, i) => Math.max(...all.map((r) => (r[i] ?? '').length))) ?? []
  const line = (r: string[]) =>
    r
      .map((c, i) => c.padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd()
  const [header, ...body] = all
  return [line(header ?? []), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(line)].join(
    '\n',
  )
}

function markdownTable(report: Report): string {
  const [header, ...body] = rows(report)
  const line = (r: string[]) => `| ${r.map((c) => c.replaceAll('|', '\\|')).join(' | ')} |`
  return [line(header ?? []), line((header ?? []).map(() => '---')), ...body.map(line)].join('\n')
}

export function eagerLine(report: Report): string {
  const e = report.eagerJs
  return `The app's entry (entry chunk, what it imports in its steps and their static imports, from the Vite manifest), requested after the first paint: ${kb(e.total)} gz (${e.files.map((f) => `${f.file} ${kb(f.gzip)}`).join(', ')})`
}

export function onboardingLine(report: Report): string {
  const o = report.onboarding
  if (o.medianMs === null) return `user01 onboarding: not measured (${o.failures.join('; ')})`
  return `user01 onboarding, chooser to "Congratulations!" (authenticator's wait excluded): median ${s(o.medianMs)} of ${o.runs.length} runs (${o.runs.map((r) => s(r.totalMs)).join(', ')})`
}

/**
 * A warning when the machine itself blocked the main thread: the static baseline runs no script,
 * so its TBT is what CPU contention alone costs. (The load average is no guide here: the bench's
 * own Chromium and Lighthouse keep it near 4 on 2 cores.)
 */
export function busyLine(report: Report): string | null {
  const baseline = report.screens.find((r) => r.baseline)?.median
  if (!baseline || baseline.tbt <= TARGETS.tbtMs) return null
  return `Warning: the static baseline, which runs no JavaScript, measured ${Math.round(baseline.tbt)} ms TBT: the machine was busy, and every screen's TBT is inflated by as much or more; run again on a quiet machine.`
}

function markdown(report: Report): string {
  const m = report.machine
  const o = report.onboarding
  const stepNames = Object.keys(o.runs[0]?.steps ?? {})
  const stepRows = stepNames.map(
    (name) => `| ${name} | ${s(median(o.runs.map((r) => r.steps[name] ?? 0)))} |`,
  )
  const missed = missedTargets(report).map((m) => `- ${m}`)
  const diagnostics = report.screens.map((r) => {
    const lcp = r.median?.lcp ?? 0
    const run = [...r.runs].sort((a, b) => Math.abs(a.lcp - lcp) - Math.abs(b.lcp - lcp))[0]
    if (!run) return `- ${r.name}: no run`
    const work = Object.entries(run.mainThread)
      .sort((a, b) => b[1] - a[1])
      .slice(0, 3)
      .map(([k, v]) => `${k} ${Math.round(v)} ms`)
      .join(', ')
    const blocking = run.renderBlocking.map((b) => b.url).join(', ') || 'none'
    const each = (k: 'score' | 'lcp' | 'tbt') =>
      r.runs.map((x) => (k === 'score' ? x.score : Math.round(x[k]))).join(' / ')
    return `- ${r.name}: runs: perf ${each('score')}, LCP ${each('lcp')} ms, TBT ${each('tbt')} ms. Median run: main-thread work ${work}; render-blocking ${blocking}; longest critical chain ${run.criticalChain.length} requests, ${Math.round(run.criticalChain.duration)} ms, ${kb(run.criticalChain.transferSize)}`
  })
  const split = report.screens.map((r) => {
    const part = (k: keyof TbtSplit) => `${Math.round(median(r.runs.map((x) => x.tbtSplit[k])))} ms`
    return `| ${r.name} | ${r.median ? `${Math.round(r.median.tbt)} ms` : '–'} | ${part('beforePaint')} | ${part('afterPaint')} |`
  })
  return `# Performance (\`npm run bench\`)

Last run: ${report.date}, ${report.durationS.toFixed(0)} s in all.
Machine: ${m.cpu}, ${m.cores} cores; Node ${m.node}; ${m.chromium}; Lighthouse ${m.lighthouse}
(mobile defaults: simulated slow 4G, 4× CPU slowdown; performance category only); Lighthouse
benchmark index ${m.benchmarkIndex ?? 'n/a'}; 1-minute load average during the runs, the bench's own
processes included, ${m.load ? `${m.load.median.toFixed(1)} (median), ${m.load.max.toFixed(1)} (max)` : 'n/a'}.
${busyLine(report) ? `\n**${busyLine(report)}**\n` : ''}
Each figure is the median of ${report.settings.runsPerScreen} Lighthouse runs per screen in one
invocation, each run in a fresh Chromium profile, against \`vite preview\` of the production build in
mock mode. The set-password and TOTP screens are reached by logging user01 in (1-step login; for
TOTP also the password change) in that profile before Lighthouse loads the screen; the HTTP cache
and the mock's service worker are then removed, the session and the mock portal's data are kept,
so every screen loads as cold as a first visit. The static baseline is the chooser as the app
renders it with its scripts and modulepreloads removed (\`static-chooser.html\`, written beside a
private copy of the build in \`.bench/dist\`). Two more reference pages are minimal apps on
the same stack, so that the stack's and the machine's share can be told from the app's: the
static page plus React rendering one element (\`minimal-react.html\`), and plus React Router's
data router with one empty route, started in steps as the app starts (\`minimal-router.html\`),
each built from the app's own dependencies and loaded after the first paint by the app's loader
(\`scripts/bench/minimal.ts\`).
The targets apply to the app's screens; the reference rows show their marks to compare.
"JS gz before first paint" is every script requested before the first contentful paint (as
observed in the run; the target is ≤ ${kb(TARGETS.jsBeforePaintBytes)}); "JS gz transferred" is every script the page
loaded during the run, lazy chunks and the mock included.

${markdownTable(report)}

✓ met, ✗ missed. Targets: performance ≥ ${TARGETS.score}, LCP ≤ ${TARGETS.lcpMs / 1000} s,
TBT ≤ ${TARGETS.tbtMs} ms, CLS 0, LCP ≤ ${TARGETS.lcpRatio} × the static baseline, JS before first paint
≤ ${kb(TARGETS.jsBeforePaintBytes)} gz.

${eagerLine(report)}

## Where the blocking time comes from

Lighthouse simulates a slow phone: each task takes 4× as long (layout 2×) and tasks run one
after another. It simulates the first paint from the first parse, layout and paint alone; the
page's other work from before its first paint (committing the navigation, a second layout, a
script in the head) then pushes that paint past the simulated one, and the part of any task
that is past it and over 50 ms counts as blocking time, until the page is interactive. A page
without scripts is interactive at once, so its own early work costs little; a page that starts
an app is interactive only once the app has started, so the same work counts in full.
Recomputed here from each run's trace with Lighthouse's own simulation (medians; the two parts
come close to Lighthouse's TBT, which averages two estimates):

| Screen | TBT | From tasks begun before the first paint | From tasks after it (the app) |
| --- | --- | --- | --- |
${split.join('\n')}

## Targets missed

${missed.length ? missed.join('\n') : 'None.'}

## user01 onboarding (Playwright, desktop, no throttling)

${onboardingLine(report)}.

| Step (median time to this screen) | Time |
| --- | --- |
${stepRows.join('\n')}

## Diagnostics

${diagnostics.join('\n')}
`
}

export function write(report: Report, dir = 'docs'): void {
  mkdirSync(dir, { recursive: true })
  writeFileSync(`${dir}/perf.json`, `${JSON.stringify(report, null, 2)}\n`)
  writeFileSync(`${dir}/perf.md`, markdown(report))
}
