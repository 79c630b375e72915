/** One Lighthouse run (mobile defaults, performance only) and the figures the bench keeps. */
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname } from 'node:path'
import lighthouse from 'lighthouse'

export type Run = {
  score: number
  fcp: number
  lcp: number
  tbt: number
  cls: number
  /** Time to interactive, simulated: the later of the LCP and the end of the last long task. */
  tti: number
  finalPath: string
  benchmarkIndex: number
  /** The machine's 1-minute load average after the run. */
  load: number
}

export async function audit(url: string, port: number, save?: string): Promise<Run> {
  const result = await lighthouse(url, {
    port,
    hostname: '127.0.0.1',
    output: 'json',
    logLevel: 'error',
    onlyCategories: ['performance'],
    // The session and the mock portal's data set up before the run stay; the bench itself
    // clears the HTTP cache and the mock's worker.
    disableStorageReset: true,
    disableFullPageScreenshot: true,
    skipAudits: ['bf-cache'],
  })
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`)
  const { lhr } = result
  if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.message}`)
  if (save) {
    mkdirSync(dirname(save), { recursive: true })
    writeFileSync(save, JSON.stringify(lhr))
  }
  const value = (id: string) => Number(lhr.audits[id]?.numericValue ?? Number.NaN)
  return {
    score: Math.round((lhr.categories.performance?.score ?? 0) * 100),
    fcp: value('first-contentful-paint'),
    lcp: value('largest-contentful-paint'),
    tbt: value('total-blocking-time'),
    cls: value('cumulative-layout-shift'),
    tti: value('interactive'),
    finalPath: new URL(lhr.finalDisplayedUrl).pathname,
    benchmarkIndex: Number(lhr.environment?.benchmarkIndex ?? 0),
    load: 0,
  }
}
