/**
 * Reference pages: the static chooser plus a minimal app on the app's own stack, loaded after the
 * first paint by the app's loader (scripts/page-loader.ts): React alone, and React with React
 * Router. They tell the cost of the stack and of the machine from the cost of the app's code.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { build } from 'vite'
import { loader } from '../page-loader.ts'

export const MINIMAL = ['react', 'router'] as const

type Chunk = {
  file: string
  isEntry?: boolean
  name?: string
  imports?: string[]
  dynamicImports?: string[]
}

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
  const manifest: Record<string, Chunk> = JSON.parse(
    readFileSync(`${outDir}/minimal/.vite/manifest.json`, 'utf8'),
  )
  const page = readFileSync(staticFile, 'utf8')
  for (const name of MINIMAL) {
    const entry = Object.values(manifest).find((c) => c.isEntry && c.name === name)
    if (!entry) throw new Error(`no entry ${name} in the manifest`)
    // As the app's pages do: every chunk of the start's steps is preloaded (scripts/prerender.ts).
    const seen = new Set<string>()
    const visit = (key: string) => {
      const chunk = manifest[key]
      if (!chunk || seen.has(chunk.file)) return
      seen.add(chunk.file)
      for (const dep of chunk.imports ?? []) visit(dep)
    }
    for (const key of [...(entry.imports ?? []), ...(entry.dynamicImports ?? [])]) visit(key)
    const imports = [...seen].filter((f) => f !== entry.file).map((f) => `minimal/${f}`)
    const script = loader(`minimal/${entry.file}`, imports)
    writeFileSync(`${outDir}/minimal-${name}.html`, page.replace('</body>', `${script}</body>`))
  }
}
