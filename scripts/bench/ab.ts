/**
 * `npm run bench:ab -- RUNS PAGE_IDS BUILD_DIR…`: Lighthouse on the same pages of two or more
 * client builds, alternating build by build, for a mechanism's A/B record in docs/perf.md
 * (`BUILD_DIR=.bench/a npm run build` writes a build there). Prints each run's TBT, LCP and time
 * to interactive, and their medians.
 */
import { killAll } from './chromium'
import { listen, measure, prepare } from './cold-run'
import { benchPages } from './pages'
import { median } from './report'

const [runs = '3', ids = '', ...builds] = process.argv.slice(2)
const pages = benchPages.filter((page) => ids.split(',').includes(page.id))
if (!pages.length || !builds.length) throw new Error('usage: RUNS PAGE_IDS BUILD_DIR…')
const servers = await Promise.all(builds.map((dir) => listen(`${dir}/client`)))
const METRICS = ['tbt', 'lcp', 'tti'] as const
const figures = new Map<string, Record<(typeof METRICS)[number], number[]>>()
try {
  for (let round = 1; round <= Number(runs); round++) {
    for (const page of pages) {
      for (const [i, { origin }] of servers.entries()) {
        const run = await measure(`ab-${page.id}-${i}-${round}`, `${origin}${page.path}`, (b) =>
          prepare(b, page, origin),
        )
        const key = `${page.path} ${builds[i]}`
        const seen = figures.get(key) ?? { tbt: [], lcp: [], tti: [] }
        for (const metric of METRICS) seen[metric].push(Math.round(run[metric]))
        figures.set(key, seen)
        console.log(
          `${key} round ${round}: perf ${run.score}, ${METRICS.map((m) => `${m} ${Math.round(run[m])} ms`).join(', ')}`,
        )
      }
    }
  }
  for (const [key, seen] of figures) {
    const text = METRICS.map(
      (m) => `${m} ${median(seen[m])} ms (${Math.min(...seen[m])}–${Math.max(...seen[m])})`,
    )
    console.log(`${key}: medians ${text.join(', ')}`)
  }
} finally {
  killAll()
  for (const { server } of servers) server.close()
}
