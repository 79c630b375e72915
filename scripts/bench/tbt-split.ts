/**
 * A run's Total Blocking Time in two parts, from tasks begun before and after the observed first
 * paint, recomputed with Lighthouse's own simulation (why the first part counts at all: the
 * report's "Where the blocking time comes from", and docs/decisions/0008).
 */
import { LoadSimulator } from 'lighthouse/core/computed/load-simulator.js'
import { PageDependencyGraph } from 'lighthouse/core/computed/page-dependency-graph.js'
import type { Artifacts } from 'lighthouse/types/artifacts.js'
import type Result from 'lighthouse/types/lhr/lhr.js'

export type TbtSplit = {
  /** Blocking time of tasks that began before the observed first paint (the page's own). */
  beforePaint: number
  /** Blocking time of the tasks after it: the app's. */
  afterPaint: number
}

const BLOCKING_MS = 50

export async function tbtSplit(artifacts: Artifacts, lhr: Result): Promise<TbtSplit> {
  const settings = lhr.configSettings
  const context = { computedCache: new Map(), settings }
  const trace = artifacts.Trace
  const devtoolsLog = artifacts.DevtoolsLog
  const graph = await PageDependencyGraph.request(
    { trace, devtoolsLog, URL: artifacts.URL },
    context,
  )
  const simulator = await LoadSimulator.request({ devtoolsLog, settings }, context)
  const { nodeTimings } = simulator.simulate(graph, { label: 'bench-tbt-split' })
  const from = lhr.audits['first-contentful-paint']?.numericValue ?? 0
  const to = lhr.audits.interactive?.numericValue ?? 0
  const metrics = (lhr.audits.metrics?.details as { items?: Record<string, unknown>[] } | undefined)
    ?.items?.[0]
  const paintTs = Number(metrics?.observedFirstContentfulPaintTs ?? 0)
  const split: TbtSplit = { beforePaint: 0, afterPaint: 0 }
  for (const [node, timing] of nodeTimings) {
    if (node.type !== 'cpu') continue
    const clipped = Math.min(timing.endTime, to) - Math.max(timing.startTime, from)
    if (timing.duration < BLOCKING_MS || clipped < BLOCKING_MS) continue
    split[node.startTime < paintTs ? 'beforePaint' : 'afterPaint'] += clipped - BLOCKING_MS
  }
  return split
}
