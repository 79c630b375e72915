/** Sums Vitest's and Playwright's JSON reports into one line: `N passed, N failed`. */
import { existsSync, readFileSync } from 'node:fs'

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
