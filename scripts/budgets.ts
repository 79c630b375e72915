/**
 * Bundle budgets beyond size-limit's: what index.html loads before first paint stays in the
 * entry, the mock loads lazily, and no route chunk passes 20 KB gzip.
 */
import { readFileSync } from 'node:fs'
import { gzipSync } from 'node:zlib'
import { COMPILE_HINT } from './compile-hints'
import { bootFiles, readManifest } from './manifest'

const manifest = readManifest('dist')
// What every page loads anyway: a route's shared chunks are counted beyond it.
const boot = new Set(bootFiles(manifest))
const KB = 1000
const ROUTE_LIMIT = 20 * KB
const gz = (file: string) => gzipSync(readFileSync(`dist/${file}`)).length
const kb = (n: number) => `${(n / KB).toFixed(1)} KB`

let failed = 0
function check(ok: boolean, line: string) {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${line}`)
  if (!ok) failed += 1
}

const entry = Object.values(manifest).find((c) => c.isEntry)
if (!entry) throw new Error('no entry chunk in the manifest')
// index.html and the screens scripts/prerender.ts writes beside it
for (const page of [
  'index.html',
  'login/one-step.html',
  'setup/password.html',
  'setup/totp.html',
]) {
  const html = readFileSync(`dist/${page}`, 'utf8')
  check(!/msw|browser-/.test(html), `${page} loads no mock code before first paint`)
  check(
    !/<script[^>]*\bsrc=|<link[^>]*modulepreload/.test(html),
    `${page} requests no script before its first paint`,
  )
}
// The entry's own size is size-limit's budget (.size-limit.cjs, decision 0005).

// Every page has the entry's stylesheet inline; no lazy chunk may load it again (vite.config.ts).
for (const css of entry.css ?? []) {
  const loaders = Object.values(manifest).filter((c) =>
    readFileSync(`dist/${c.file}`, 'utf8').includes(css),
  )
  check(
    loaders.length === 0,
    `no chunk loads ${css} again${loaders.length ? ` (${loaders.map((c) => c.file).join(', ')})` : ''}`,
  )
}

// Chunks load only as their code is about to run: V8 compiles them as they stream in (decision 0013).
const unhinted = Object.values(manifest).filter(
  (c) => c.file.endsWith('.js') && !readFileSync(`dist/${c.file}`, 'utf8').startsWith(COMPILE_HINT),
)
check(
  unhinted.length === 0,
  `every chunk the manifest lists starts with V8's compile hint${unhinted.length ? ` (not: ${unhinted.map((c) => c.file).join(', ')})` : ''}`,
)

for (const chunk of Object.values(manifest)) {
  if (!chunk.isDynamicEntry || !chunk.src?.includes('-page')) continue
  const own = gz(chunk.file)
  const shared = (chunk.imports ?? []).filter((k) => !boot.has(manifest[k]?.file ?? k))
  const total = own + shared.reduce((sum, k) => sum + gz(manifest[k]?.file ?? k), 0)
  check(
    own <= ROUTE_LIMIT,
    `route ${chunk.src}: ${kb(own)} own, ${kb(total)} with the shared chunks it adds to the boot's (limit ${kb(ROUTE_LIMIT)} own)`,
  )
}

if (failed > 0) {
  console.error(`${failed} budget(s) exceeded`)
  process.exit(1)
}
