// Budgets, read off the build: what a prerendered page asks for once it has painted (the module
// preloads and the module script React Router writes, started by app/scripts-after-paint.ts) is
// the JavaScript it needs to become interactive.
// Three pages stand for all: the first one of a visit, the one a returning user opens every day,
// and the heaviest. The mock portal's code loads beside the page, never in its preloads.
const { readFileSync, readdirSync } = require('node:fs')

const dir = 'dist/client'

function scriptsOf(page) {
  const html = readFileSync(`${dir}/${page}`, 'utf8')
  const files = html.match(/\/assets\/[\w.-]+\.js/g) ?? []
  return [...new Set(files)].map((file) => `${dir}${file}`)
}

const css = readdirSync(`${dir}/assets`).filter((f) => /^styles-.*\.css$/.test(f))
const mock = readdirSync(`${dir}/assets`).filter((f) => /^browser-.*\.js$/.test(f))

module.exports = [
  {
    name: 'JS of the login chooser (/)',
    path: scriptsOf('index.html'),
    gzip: true,
    limit: '145 kB',
  },
  {
    name: 'JS of the 2-step login (/login)',
    path: scriptsOf('login/index.html'),
    gzip: true,
    limit: '162 kB',
  },
  {
    name: 'JS of the TOTP setup (/setup/totp), the heaviest page',
    path: scriptsOf('setup/totp/index.html'),
    gzip: true,
    limit: '170 kB',
  },
  { name: 'CSS', path: css.map((f) => `${dir}/assets/${f}`), gzip: true, limit: '5 kB' },
  {
    name: 'Mock portal (loads beside the page)',
    path: mock.map((f) => `${dir}/assets/${f}`),
    gzip: true,
    limit: '60 kB',
  },
]
