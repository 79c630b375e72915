/**
 * The architecture's walls (docs/decisions/0018-architecture.md), checked on every import of
 * `app/`, `src/`, `mocks/` and `server/`: `npm test` fails when one is crossed. Biome's `noRestrictedImports`
 * matches an import's text, not the file it reaches, so it cannot tell `../../setup/x` (another
 * feature) from `../../lib/x` (shared code); this check resolves each import first.
 *
 * `tsx scripts/walls.ts` prints every crossing and exits 1 if there is one.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join, normalize, relative } from 'node:path'

/** Where the mock may be entered from the app: its start, and the door for what a page shows. */
export const MOCK_ENTRY = 'mocks/browser'
export const MOCK_DOOR = 'mocks/door'
/** What the mock (the portal server) may read of `src/`: the contract and the message catalog. */
const SERVER_READS = [/^src\/contract(\/|$)/, /^src\/i18n\/(catalog|en|locale|ja)$/]

/** The mock's adapters: the only files of mocks/ that know msw is there. */
const MSW_ADAPTERS = ['mocks/msw', 'mocks/browser', 'mocks/node']

const isTest = (file: string) => /\.test\.tsx?$|^src\/test\/|^mocks\/test\//.test(file)
const featureOf = (file: string) => /^src\/features\/([^/]+)\//.exec(file)?.[1]

/** The rule `file` breaks by importing `target` (both repo-relative, no extension), if any. */
export function crossing(file: string, target: string): string | undefined {
  if (target.startsWith('pkg:')) {
    const msw = /^pkg:msw(\/|$)/.test(target)
    if (
      file.startsWith('mocks/') &&
      !isTest(file) &&
      msw &&
      !MSW_ADAPTERS.includes(file.replace(/\.tsx?$/, ''))
    ) {
      return 'the portal core knows no transport: only its adapters (mocks/msw, browser, node) import msw'
    }
    if (file.startsWith('mocks/') && target.startsWith('pkg:node:')) {
      return 'the portal core runs in the browser too: Node modules belong to server/'
    }
    return undefined
  }
  if (target.startsWith('server/') && !file.startsWith('server/')) {
    return 'server/ is the Node adapter: nothing of the app or the core imports it'
  }
  if (file.startsWith('server/') && target.startsWith('src/')) {
    if (!SERVER_READS.some((allowed) => allowed.test(target))) {
      return 'server/ reads only the contract and the i18n catalog of src/'
    }
  }
  const from = featureOf(file)
  const to = featureOf(target)
  if (to && from !== to && !file.startsWith('app/')) {
    return from
      ? `feature "${from}" imports feature "${to}": features never import each other`
      : `shared code imports feature "${to}": only routes (app/) compose features`
  }
  if (target.startsWith('app/') && !file.startsWith('app/') && !isTest(file)) {
    return 'src/ and mocks/ never import app/ (the routes)'
  }
  if (file.startsWith('src/contract/') && !/^src\/contract(\/|$)/.test(target)) {
    return 'the contract imports nothing of the app'
  }
  if (file.startsWith('mocks/') && target.startsWith('src/')) {
    if (!SERVER_READS.some((allowed) => allowed.test(target))) {
      return 'mocks/ reads only the contract and the i18n catalog of src/'
    }
  }
  if (/^(app|src)\//.test(file) && target.startsWith('mocks/')) {
    const allowed = isTest(file) ? [MOCK_ENTRY, MOCK_DOOR, 'mocks/node'] : [MOCK_ENTRY, MOCK_DOOR]
    if (!allowed.includes(target)) {
      return `the app reaches the mock only through ${MOCK_ENTRY} (its start) and ${MOCK_DOOR}`
    }
  }
  return undefined
}

const IMPORT = /(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g

/**
 * The imports of a source text: relative ones resolved against `file` (repo-relative, no
 * extension), packages as `pkg:name`.
 */
export function importsOf(file: string, source: string): string[] {
  const targets: string[] = []
  for (const match of source.matchAll(IMPORT)) {
    const specifier = match[1] ?? match[2] ?? ''
    if (!specifier.startsWith('.')) {
      targets.push(`pkg:${specifier}`)
      continue
    }
    targets.push(normalize(join(dirname(file), specifier)).replace(/\.(tsx?|json)$|\/index$/, ''))
  }
  return targets
}

/** Every crossing in `files` (path → source text). */
export function crossings(files: Map<string, string>): string[] {
  const found: string[] = []
  for (const [file, source] of files) {
    for (const target of importsOf(file, source)) {
      const rule = crossing(file, target)
      if (rule) found.push(`${file} → ${target}: ${rule}`)
    }
  }
  return found
}

/** The sources of `app/`, `src/`, `mocks/` and `server/` under `root`. */
export function sources(root: string): Map<string, string> {
  const files = new Map<string, string>()
  const walk = (dir: string) => {
    for (const entry of readdirSync(join(root, dir), { withFileTypes: true })) {
      const path = join(dir, entry.name)
      if (entry.isDirectory()) walk(path)
      else if (/\.tsx?$/.test(entry.name)) files.set(path, readFileSync(join(root, path), 'utf8'))
    }
  }
  for (const dir of ['app', 'src', 'mocks', 'server']) walk(dir)
  return files
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const root = relative(process.cwd(), join(dirname(new URL(import.meta.url).pathname), '..'))
  const found = crossings(sources(root || '.'))
  for (const line of found) console.error(line)
  console.log(`architecture walls: ${found.length} crossing(s)`)
  process.exit(found.length ? 1 : 0)
}
