// The budgets follow the build's manifest: the entry chunk, what it imports in its steps
// (src/main.tsx) and every chunk those import statically is the JS the app starts with. Since
// 0004 it loads only after the first paint (scripts/budgets.ts checks that no prerendered page
// asks for a script before it); see 0005 and 0009.
const { readFileSync } = require('node:fs')

const manifest = JSON.parse(readFileSync('dist/.vite/manifest.json', 'utf8'))
const entryKey = Object.keys(manifest).find((key) => manifest[key].isEntry)
const entry = manifest[entryKey]

/** Chunk files reachable from `keys` (static imports, and dynamic ones with `dynamic`). */
function reachable(keys, dynamic = true, seen = new Set()) {
  for (const key of keys) {
    const chunk = manifest[key]
    if (!chunk || seen.has(chunk.file)) continue
    seen.add(chunk.file)
    const next = [...(chunk.imports ?? []), ...(dynamic ? (chunk.dynamicImports ?? []) : [])]
    reachable(next, dynamic, seen)
  }
  return seen
}

const eager = [...reachable([entryKey, ...(entry.dynamicImports ?? [])], false)]
const eagerKeys = Object.keys(manifest).filter((key) => eager.includes(manifest[key].file))

// The mock portal loads in steps (mocks/browser.ts): every chunk it reaches that the app's own
// screens do not load as well (the contract is the app's).
const mockKey = Object.keys(manifest).find((key) => manifest[key].src === 'mocks/browser.ts')
const appKeys = eagerKeys
  .flatMap((key) => manifest[key].dynamicImports ?? [])
  .filter((key) => key !== mockKey)
const app = reachable(appKeys, true, new Set(eager))
const mock = [...reachable([mockKey])].filter((file) => !app.has(file) && !eager.includes(file))

module.exports = [
  {
    name: 'Entry JS (loaded after the first paint)',
    path: eager.map((f) => `dist/${f}`),
    gzip: true,
    limit: '120 kB',
  },
  {
    name: 'CSS before first paint',
    path: (entry.css ?? []).map((f) => `dist/${f}`),
    gzip: true,
    limit: '5 kB',
  },
  {
    name: 'Mock portal (lazy, after first paint)',
    path: mock.map((f) => `dist/${f}`),
    gzip: true,
    limit: '80 kB',
  },
]
