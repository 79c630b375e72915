/**
 * `npm run bench:ab -- RUNS PAGE_IDS BUILD_DIR…`: Lighthouse on the same pages of two or more
 * client builds, alternating build by build, for a mechanism's A/B record in docs/perf.md
 * (`BUILD_DIR=.bench/a npm run build` writes a build there). Prints each TBT and the medians.
 */
import { killAll } from './chromium'
import { listen, measure, prepare } from './cold-run'
import { benchPages } from './pages'
import { median } from './report'

const [runs = '3', ids = '', ...builds] = process.argv.slice(2)
const pages = benchPages.filter((page) => ids.split(',').includes(page.id))
if (!pages.length || !builds.length) throw new Error('usage: RUNS PAGE_IDS BUILD_DIR…')
const servers = await Promise.all(builds.map((dir) => listen(`${dir}/client`)))
const tbt = new Map<string, number[]>()
try {
  for (let round = 1; round <= Number(runs); round++) {
    for (const page of pages) {
      for (const [i, { origin }] of servers.entries()) {
        const run = await measure(`ab-${page.id}-${i}-${round}`, `${origin}${page.path}`, (b) =>
          prepare(b, page, origin),
        )
        const key = `${page.path} ${builds[i]}`
        tbt.set(key, [...(tbt.get(key) ?? []), Math.round(run.tbt)])
        console.log(`${key} round ${round}: perf ${run.score}, TBT ${Math.round(run.tbt)} ms`)
      }
    }
  }
  for (const [key, values] of tbt) {
    console.log(
      `${key}: TBT median ${median(values)} ms (${Math.min(...values)}–${Math.max(...values)})`,
    )
  }
} finally {
  killAll()
  for (const { server } of servers) server.close()
}
