/** The build's Vite manifest, and the chunks the app starts with (.size-limit.cjs does the same). */
import { readFileSync } from 'node:fs'

export type Chunk = {
  file: string
  name?: string
  src?: string
  isEntry?: boolean
  isDynamicEntry?: boolean
  imports?: string[]
  dynamicImports?: string[]
  css?: string[]
}
export type Manifest = Record<string, Chunk>

export function readManifest(dir: string): Manifest {
  return JSON.parse(readFileSync(`${dir}/.vite/manifest.json`, 'utf8'))
}

/** A chunk's file and those of every chunk it imports statically. */
export function withImports(
  manifest: Manifest,
  key: string,
  seen = new Set<string>(),
): Set<string> {
  const chunk = manifest[key]
  if (!chunk || seen.has(chunk.file)) return seen
  seen.add(chunk.file)
  for (const dep of chunk.imports ?? []) withImports(manifest, dep, seen)
  return seen
}

/** The key of the entry chunk (of the one named `name`, when the build has several). */
export function entryKey(manifest: Manifest, name?: string): string {
  const key = Object.keys(manifest).find(
    (k) => manifest[k]?.isEntry && (name === undefined || manifest[k]?.name === name),
  )
  if (!key) throw new Error(`no entry chunk${name ? ` named ${name}` : ''} in the Vite manifest`)
  return key
}

/**
 * What an app starts with: its entry, what the entry imports in its steps (src/main.tsx) and
 * their static imports; the entry's file first.
 */
export function bootFiles(manifest: Manifest, key = entryKey(manifest)): string[] {
  const seen = new Set<string>()
  for (const k of [key, ...(manifest[key]?.dynamicImports ?? [])]) withImports(manifest, k, seen)
  return [...seen]
}
