/** One Lighthouse run (mobile defaults, performance only) and the figures the bench keeps. */
import lighthouse from 'lighthouse'
import { type TbtSplit, tbtSplit } from './tbt-split.ts'

export type Metrics = {
  score: number
  fcp: number
  lcp: number
  tbt: number
  cls: number
  /** Transferred bytes (gzip as served) of every script the page loaded. */
  jsBytes: number
  /** The same, of the scripts requested before the first contentful paint (observed). */
  jsBeforePaint: number
}

export type Run = Metrics & {
  finalUrl: string
  lcpElement: string
  lcpPhases: Record<string, number>
  renderBlocking: { url: string; wastedMs: number }[]
  criticalChain: { length: number; duration: number; transferSize: number }
  mainThread: Record<string, number>
  scripts: { url: string; transferSize: number; requested: number }[]
  benchmarkIndex: number
  warnings: string[]
  /** The machine's 1-minute load average around the run (the higher of before and after). */
  load: number
  tbtSplit: TbtSplit
}

type Item = Record<string, unknown>
type Details = { type?: string; items?: unknown[]; longestChain?: Item }

const num = (v: unknown) => (typeof v === 'number' ? v : 0)
const str = (v: unknown) => (typeof v === 'string' ? v : '')
const path = (url: unknown) => {
  try {
    return new URL(str(url)).pathname
  } catch {
    return str(url)
  }
}

export async function audit(url: string, port: number): Promise<{ run: Run; lhr: unknown }> {
  const result = await lighthouse(url, {
    port,
    hostname: '127.0.0.1',
    output: 'json',
    logLevel: 'error',
    onlyCategories: ['performance'],
    // The session (localStorage + cookie) set up before the run must survive; the HTTP cache
    // is cleared by the bench itself.
    disableStorageReset: true,
    // Neither is part of the performance score; both cost seconds a run (bf-cache navigates
    // away and back).
    disableFullPageScreenshot: true,
    skipAudits: ['bf-cache'],
  })
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`)
  const { lhr } = result
  if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.message}`)
  const audits = lhr.audits
  const value = (id: string) => num(audits[id]?.numericValue)
  const details = (id: string) => (audits[id]?.details ?? {}) as Details
  const items = (id: string) => (details(id).items ?? []) as Item[]

  const requests = items('network-requests')
  const scripts = requests
    .filter((r) => r.resourceType === 'Script')
    .map((r) => ({
      url: path(r.url),
      transferSize: num(r.transferSize),
      // ms from the document's request; the paint is from the navigation (a few ms before)
      requested: num(r.rendererStartTime),
    }))
  const observed = (items('metrics')[0] ?? {}) as Item
  const firstPaint = num(observed.observedFirstContentfulPaint)

  // LH 12: a list of two tables, the LCP element and the LCP phases.
  const lcpTables = (items('largest-contentful-paint-element') as Details[]).filter(Boolean)
  const lcpNode = (lcpTables[0]?.items?.[0] as Item | undefined)?.node as Item | undefined
  const lcpPhases: Record<string, number> = {}
  for (const row of (lcpTables[1]?.items ?? []) as Item[])
    lcpPhases[str(row.phase)] = num(row.timing)

  const chain = details('critical-request-chains').longestChain ?? {}
  const mainThread: Record<string, number> = {}
  for (const row of items('mainthread-work-breakdown'))
    mainThread[str(row.groupLabel) || str(row.group)] = num(row.duration)

  const run: Run = {
    score: Math.round((lhr.categories.performance?.score ?? 0) * 100),
    fcp: value('first-contentful-paint'),
    lcp: value('largest-contentful-paint'),
    tbt: value('total-blocking-time'),
    cls: value('cumulative-layout-shift'),
    jsBytes: scripts.reduce((sum, s) => sum + s.transferSize, 0),
    jsBeforePaint: scripts
      .filter((s) => s.requested < firstPaint)
      .reduce((sum, s) => sum + s.transferSize, 0),
    finalUrl: lhr.finalDisplayedUrl,
    lcpElement: lcpNode
      ? `${str(lcpNode.selector)} "${str(lcpNode.nodeLabel).slice(0, 60)}"`
      : '(none)',
    lcpPhases,
    renderBlocking: items('render-blocking-resources').map((r) => ({
      url: path(r.url),
      wastedMs: num(r.wastedMs),
    })),
    criticalChain: {
      length: num(chain.length),
      duration: num(chain.duration),
      transferSize: num(chain.transferSize),
    },
    mainThread,
    scripts,
    benchmarkIndex: num(lhr.environment?.benchmarkIndex),
    warnings: (lhr.runWarnings ?? []).map(String),
    load: 0,
    tbtSplit: await tbtSplit(result.artifacts, lhr),
  }
  return { run, lhr }
}
