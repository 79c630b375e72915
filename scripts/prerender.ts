/**
 * After `vite build`: the first screens a visitor opens are written as HTML, so each paints before
 * any JavaScript runs: the chooser into dist/index.html, the others as dist/<path>.html (what
 * `vite preview` and most static hosts serve for /<path>). The app then hydrates the page, or, for
 * a guarded screen, replaces its shell once the guard has answered (src/start.tsx). On any other
 * URL (or with a query) an inline script empties the root at once, before the first paint, and
 * the app renders there as usual.
 *
 * The app's scripts are requested only after the first paint (an inline loader): on a slow
 * network they would arrive later anyway, and the page's first paint never waits for them.
 * The loader (scripts/page-loader.ts) also preloads the current screen's route chunk beside the
 * entry, and what the boot loads before rendering (zod and the contract).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname } from 'node:path'
import { createServer } from 'vite'
import type { Prerendered } from '../src/app/prerender'
import { bootFiles, entryKey, readManifest, withImports } from './manifest'
import { loader } from './page-loader'

/** The screens prerendered, and the file each is written to. */
const PAGES = [
  { path: '/', file: 'dist/index.html' },
  { path: '/login/one-step', file: 'dist/login/one-step.html' },
  { path: '/setup/password', file: 'dist/setup/password.html' },
  { path: '/setup/totp', file: 'dist/setup/totp.html' },
]

const manifest = readManifest('dist')

/** Keeps the prerendered page only at its own path: anywhere else the app renders afresh. */
function keepOnlyAt(path: string): string {
  return `<script>if(location.pathname!==${JSON.stringify(path)}||location.search||document.documentElement.lang!=='en')document.getElementById('root').textContent=''</script>`
}

/**
 * A guarded screen's shell keeps no form: what was typed there would be lost when the app's render
 * replaces it, so its fields appear only with the app.
 */
function withoutForms(html: string): string {
  return html.replace(/<form\b[\s\S]*?<\/form>/g, '')
}

/** Controls stay inert until the app owns the page (src/start.tsx enables them). */
function inertControls(html: string): string {
  return html.replace(/<(input|button|select|textarea)\b([^>]*)>/g, (tag, name: string, attrs) =>
    /\sdisabled\b/.test(attrs) ? tag : `<${name} disabled="" data-boot-disabled=""${attrs}>`,
  )
}

const server = await createServer({
  server: { middlewareMode: true },
  appType: 'custom',
  logLevel: 'error',
})
try {
  const entry = manifest[entryKey(manifest)]
  if (!entry) throw new Error('no entry chunk in the Vite manifest')
  // The entry imports the app in steps (src/main.tsx): each step's chunks are the boot's too.
  const eager = bootFiles(manifest).filter((f) => f !== entry.file)
  // src/lib/contract.ts: every page's boot waits for zod and the contract (chunks named in
  // vite.config.ts and after src/contract/index.ts) before it renders.
  const bootChunks = ['zod', 'contract']
    .flatMap((name) => {
      const key = Object.keys(manifest).find((k) => manifest[k]?.name === name)
      if (!key) throw new Error(`no chunk named ${name} in the Vite manifest`)
      return [...withImports(manifest, key)]
    })
    .filter((f, i, all) => f !== entry.file && !eager.includes(f) && all.indexOf(f) === i)
  const preloads = [...eager, ...bootChunks]

  let template = readFileSync('dist/index.html', 'utf8')
  if (!template.includes('<div id="root"></div>'))
    throw new Error('dist/index.html has no empty #root')
  // The stylesheet is small: inline it and save the first paint a round trip.
  template = template.replace(
    /<link rel="stylesheet"[^>]*href="\/(assets\/[^"]+\.css)">/,
    (_, file: string) => `<style>${readFileSync(`dist/${file}`, 'utf8')}</style>`,
  )
  // The loader below requests these after the first paint.
  template = template
    .replace(/\s*<script type="module"[^>]*src="[^"]+"><\/script>/, '')
    .replace(/\s*<link rel="modulepreload"[^>]*>/g, '')
  if (template.includes(entry.file)) throw new Error('the entry script is still in index.html')

  const { renderPage } = (await server.ssrLoadModule('/src/app/prerender.tsx')) as {
    renderPage: (path: string) => Promise<Prerendered>
  }
  const graph = server.environments.ssr.moduleGraph
  for (const page of PAGES) {
    // The route modules this page loaded (transformed) first are its lazy chunks in the build.
    const loaded = () =>
      [...graph.idToModuleMap.entries()].filter(([, m]) => m.transformResult).map(([id]) => id)
    const before = new Set(loaded())
    const { html: rendered, boot, title } = await renderPage(page.path)
    const html = inertControls(boot === 'replace' ? withoutForms(rendered) : rendered)
    const route = new Set<string>()
    for (const id of loaded()) {
      if (before.has(id)) continue
      const key = Object.keys(manifest).find(
        (k) => manifest[k]?.isDynamicEntry && id.endsWith(`/${k}`),
      )
      if (key) for (const file of withImports(manifest, key)) route.add(file)
    }
    const chunks = [...route].filter((f) => f !== entry.file && !preloads.includes(f))
    const out = template
      .replace(/<title>[^<]*<\/title>/, () => `<title>${title}</title>`)
      .replace(
        '<div id="root"></div>',
        `<div id="root" data-boot="${boot}">${html}</div>${keepOnlyAt(page.path)}${loader(entry.file, preloads, chunks)}`,
      )
    mkdirSync(dirname(page.file), { recursive: true })
    writeFileSync(page.file, out)
    console.log(
      `prerendered ${page.path} into ${page.file} (${boot}, ${html.length} characters, ${chunks.length} route chunks)`,
    )
  }
} finally {
  await server.close()
}
