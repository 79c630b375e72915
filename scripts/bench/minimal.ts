/**
 * Reference pages: the static chooser plus a minimal app on the app's own stack, loaded after the
 * first paint by the app's loader (scripts/page-loader.ts): React alone, and React with React
 * Router. They tell the cost of the stack and of the machine from the cost of the app's code.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { build } from 'vite'
import { bootFiles, entryKey, readManifest } from '../manifest.ts'
import { loader } from '../page-loader.ts'

export const MINIMAL = ['react', 'router'] as const

/** Builds the minimal apps into `outDir`/minimal and writes `outDir`/minimal-<name>.html for each. */
export async function writeMinimalPages(outDir: string, staticFile: string): Promise<void> {
  const root = resolve('scripts/bench/minimal')
  await build({
    configFile: false,
    root,
    base: '/minimal/',
    logLevel: 'error',
    build: {
      outDir: resolve(outDir, 'minimal'),
      emptyOutDir: true,
      manifest: true,
      target: 'es2022',
      rolldownOptions: {
        input: Object.fromEntries(MINIMAL.map((name) => [name, `${root}/${name}.ts`])),
      },
    },
  })
  const manifest = readManifest(`${outDir}/minimal`)
  const page = readFileSync(staticFile, 'utf8')
  for (const name of MINIMAL) {
    // As the app's pages do: every chunk of the start's steps is preloaded (scripts/prerender.ts).
    const [entry, ...steps] = bootFiles(manifest, entryKey(manifest, name))
    const imports = steps.map((f) => `minimal/${f}`)
    const script = loader(`minimal/${entry}`, imports)
    writeFileSync(`${outDir}/minimal-${name}.html`, page.replace('</body>', `${script}</body>`))
  }
}
