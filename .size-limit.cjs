// The budgets follow the build's manifest: the entry chunk and every chunk it imports
// statically is JS the browser loads before the first paint.
const { readFileSync } = require('node:fs')

const manifest = JSON.parse(readFileSync('dist/.vite/manifest.json', 'utf8'))
const entry = Object.values(manifest).find((chunk) => chunk.isEntry)
const eager = [entry.file, ...(entry.imports ?? []).map((key) => manifest[key].file)]
const mock = Object.values(manifest).find((chunk) => chunk.src === 'mocks/browser.ts')

module.exports = [
  {
    name: 'JS before first paint',
    path: eager.map((f) => `dist/${f}`),
    gzip: true,
    limit: '115 kB',
  },
  {
    name: 'CSS before first paint',
    path: (entry.css ?? []).map((f) => `dist/${f}`),
    gzip: true,
    limit: '5 kB',
  },
  {
    name: 'Mock portal (lazy, after first paint)',
    path: `dist/${mock.file}`,
    gzip: true,
    limit: '200 kB',
  },
]
