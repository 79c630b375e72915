/**
 * `npm run screens`: a PNG of every screen × state × language × colour scheme × width, and a
 * contact sheet with its contents.
 *
 * Builds the app when the build is missing or older than the sources (`--build` forces it),
 * serves it (as `npm run preview` does) on a port of its own, opens every scenario of the mock
 * portal (mocks/scenario-list.ts) with one browser, one page per language and scheme, and writes
 * `screens/<language>[-dark]/<scenario>-<width>.png` plus `screens/index.html`. `--light` takes
 * the light scheme only; `--no-toolbar` leaves the mock toolbar out of the pictures.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { serve as nodeServe, type ServerType } from '@hono/node-server'
import { type Browser, chromium } from '@playwright/test'
import {
  type Language,
  languages,
  openScenario,
  type ScenarioInfo,
  scenarios,
  screens,
  setLanguage,
  shotPath,
  widths,
} from '../e2e/screens'
import config from '../playwright.config'
import { staticSite } from '../server/static'

const PORT = Number(process.env.SCREENS_PORT ?? 4455)
const BASE = `http://localhost:${PORT}`
const OUT = resolve('screens')
const INDEX = 'dist/client/index.html'
const SOURCES = ['app', 'src', 'mocks', 'public', 'vite.config.ts', 'package.json']

function newest(path: string): number {
  if (!existsSync(path)) return 0
  const stat = statSync(path)
  if (!stat.isDirectory()) return stat.mtimeMs
  return Math.max(0, ...readdirSync(path).map((name) => newest(join(path, name))))
}

function ensureBuild(): void {
  const built = existsSync(INDEX) ? statSync(INDEX).mtimeMs : 0
  const stale = SOURCES.some((path) => newest(path) > built)
  if (!process.argv.includes('--build') && !stale) {
    console.log('screens: reusing dist/ (newer than the sources)')
    return
  }
  console.log('screens: building (npm run build)…')
  const run = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' })
  if (run.status !== 0) throw new Error('npm run build failed')
}

/** The build, served in this process as `npm run preview` serves it. */
function serve(): Promise<ServerType> {
  return new Promise((ready) => {
    const server = nodeServe({ fetch: staticSite('dist/client').fetch, port: PORT }, () =>
      ready(server),
    )
  })
}

type Scheme = 'light' | 'dark'
type Shot = {
  scenario: ScenarioInfo
  language: Language
  scheme: Scheme
  width: number
  file: string
}
type Miss = { scenario: ScenarioInfo; language: Language; scheme: Scheme; error: string }

/** `--no-toolbar`: the pictures leave the mock portal's toolbar out. */
const NO_TOOLBAR = process.argv.includes('--no-toolbar')
/** `--light`: light pictures only (the dark scheme is taken too by default). */
const SCHEMES: Scheme[] = process.argv.includes('--light') ? ['light'] : ['light', 'dark']

async function shootLanguage(
  browser: Browser,
  language: Language,
  scheme: Scheme,
  shots: Shot[],
  misses: Miss[],
) {
  const context = await browser.newContext({
    baseURL: BASE,
    viewport: { width: 1280, height: 800 },
    serviceWorkers: 'allow',
    reducedMotion: 'reduce',
    colorScheme: scheme,
    permissions: ['clipboard-read', 'clipboard-write'],
  })
  await setLanguage(context, language)
  if (NO_TOOLBAR) {
    await context.addInitScript(() => {
      addEventListener('DOMContentLoaded', () => {
        const style = document.createElement('style')
        style.textContent = '.toolbar { display: none !important; }'
        document.head.append(style)
      })
    })
  }
  const page = await context.newPage()
  const folder = scheme === 'light' ? language : `${language}-dark`
  mkdirSync(join(OUT, folder), { recursive: true })
  for (const scenario of scenarios) {
    await page.setViewportSize({ width: 1280, height: 800 })
    try {
      // One more try for a load that failed on the way (a busy machine), not for a wrong state.
      await openScenario(page, scenario, language).catch((error: unknown) =>
        /net::|page\.goto/.test(String(error))
          ? openScenario(page, scenario, language)
          : Promise.reject(error),
      )
    } catch (error) {
      // Kept as it is (the picture shows what did show), and said in the sheet and the log.
      misses.push({ scenario, language, scheme, error: String(error).split('\n')[0] ?? '' })
    }
    for (const width of [...widths].reverse()) {
      await page.setViewportSize({ width, height: width < 600 ? 720 : 800 })
      const file = shotPath(scenario, language, width).replace(/^[a-z]+\//, `${folder}/`)
      await page.screenshot({
        path: join(OUT, file),
        fullPage: true,
        animations: 'disabled',
        caret: 'hide',
      })
      shots.push({ scenario, language, scheme, width, file })
    }
    process.stdout.write('.')
  }
  await context.close()
}

const esc = (text: string) =>
  text.replace(
    /[&<>"]/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c,
  )

function contactSheet(shots: Shot[], misses: Miss[]): string {
  const missed = (s: ScenarioInfo, l: Language, scheme: Scheme) =>
    misses.find((m) => m.scenario.name === s.name && m.language === l && m.scheme === scheme)
  const groups = screens
    .map((screen) => {
      const rows = scenarios
        .filter((s) => s.screen === screen.id)
        .map((scenario) => {
          const figures = SCHEMES.flatMap((scheme) =>
            languages.flatMap((language) => widths.map((width) => ({ scheme, language, width }))),
          )
            .map(({ scheme, language, width }) => {
              const shot = shots.find(
                (s) =>
                  s.scenario.name === scenario.name &&
                  s.language === language &&
                  s.scheme === scheme &&
                  s.width === width,
              )
              if (!shot) return ''
              const miss = missed(scenario, language, scheme)
              const caption = `${screen.id} ${screen.name} · ${scenario.title} · ${language} · ${scheme} · ${width} px`
              return `<figure><a href="${shot.file}"><img src="${shot.file}" alt="${esc(caption)}" width="${width === 360 ? 180 : 400}" loading="lazy"></a><figcaption>${esc(language)} · ${scheme} · ${width} px${miss ? ' · <strong>state not reached</strong>' : ''}</figcaption></figure>`
            })
            .join('')
          return `<section id="${esc(scenario.name)}"><h3>${esc(scenario.title)} <code>${esc(scenario.name)}</code></h3><p class="caption">${esc(`${screen.id} ${screen.name}`)}</p><div class="row">${figures}</div></section>`
        })
        .join('\n')
      return rows
        ? `<h2 id="${esc(screen.id)}">${esc(`${screen.id} — ${screen.name}`)}</h2>\n${rows}`
        : ''
    })
    .join('\n')
  const toc = screens
    .map((screen) => {
      const states = scenarios.filter((s) => s.screen === screen.id)
      if (!states.length) return ''
      const items = states
        .map((s) => `<li><a href="#${esc(s.name)}">${esc(s.title)}</a></li>`)
        .join('')
      return `<li><a href="#${esc(screen.id)}">${esc(`${screen.id} — ${screen.name}`)}</a><ul>${items}</ul></li>`
    })
    .join('')
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Business Portal 2-step — screens</title>
<style>
body { font-family: system-ui, sans-serif; margin: 1.5rem; color: #0b0c0c; }
h2 { border-top: 2px solid #1d4f91; padding-top: 1rem; margin-top: 2.5rem; }
h3 { margin: 1.5rem 0 0; font-size: 1.05rem; }
code, .caption { color: #484949; font-size: 0.85rem; }
.caption { margin: 0.1rem 0 0.5rem; }
.row { display: flex; flex-wrap: wrap; gap: 1rem; align-items: flex-start; }
figure { margin: 0; }
img { display: block; border: 1px solid #6f777b; height: auto; }
figcaption { font-size: 0.85rem; margin-top: 0.25rem; }
</style>
</head>
<body>
<h1>Business Portal 2-step — every screen × state × language × width</h1>
<p>${shots.length} pictures of ${scenarios.length} states, made ${esc(new Date().toISOString())} by <code>npm run screens</code>${NO_TOOLBAR ? ' (without the mock toolbar)' : ''}. Each state opens in mock mode at <code>/scenario/&lt;name&gt;</code>; click a picture for full size.</p>
<nav aria-label="Contents"><h2>Contents</h2><ol>${toc}</ol></nav>
${groups}
</body>
</html>
`
}

async function main() {
  const started = Date.now()
  ensureBuild()
  rmSync(OUT, { recursive: true, force: true })
  mkdirSync(OUT, { recursive: true })
  const server = await serve()
  const launchOptions = config.projects?.[0]?.use?.launchOptions ?? {}
  const browser = await chromium.launch(launchOptions)
  const shots: Shot[] = []
  const misses: Miss[] = []
  try {
    for (const scheme of SCHEMES) {
      await Promise.all(languages.map((l) => shootLanguage(browser, l, scheme, shots, misses)))
    }
  } finally {
    await browser.close()
    server.close()
  }
  writeFileSync(join(OUT, 'index.html'), contactSheet(shots, misses))
  process.stdout.write('\n')
  for (const miss of misses) {
    console.warn(
      `screens: ${miss.scenario.name} (${miss.language}, ${miss.scheme}): state not reached: ${miss.error}`,
    )
  }
  const seconds = Math.round((Date.now() - started) / 1000)
  console.log(`screens: ${shots.length} PNGs and a contact sheet in ${seconds} s`)
  console.log(`screens: open ${join(OUT, 'index.html')}`)
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
