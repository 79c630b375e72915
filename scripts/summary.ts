/**
 * Sums Vitest's (the unit and API tests, and each conformance run) and Playwright's JSON reports
 * into one line: `N passed, N failed`.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'

function read(path: string): Record<string, unknown> | null {
  return existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : null
}

let passed = 0
let failed = 0
const vitest = read('reports/vitest.json')
if (vitest) {
  passed += Number(vitest.numPassedTests ?? 0)
  failed += Number(vitest.numFailedTests ?? 0)
} else {
  console.log('vitest: no report (did not run)')
  failed += 1
}
for (const file of readdirSync('reports').filter((f) => /^conformance-.*\.json$/.test(f))) {
  const run = read(`reports/${file}`)
  passed += Number(run?.numPassedTests ?? 0)
  failed += Number(run?.numFailedTests ?? 0)
}
const e2e = read('reports/e2e.json')
const stats = e2e?.stats as { expected?: number; unexpected?: number; flaky?: number } | undefined
if (stats) {
  passed += Number(stats.expected ?? 0) + Number(stats.flaky ?? 0)
  failed += Number(stats.unexpected ?? 0)
} else {
  console.log('playwright: no report (did not run)')
  failed += 1
}
console.log(`${passed} passed, ${failed} failed`)
process.exit(failed > 0 || passed === 0 ? 1 : 0)
