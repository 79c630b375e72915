import { createI18n } from '@nanostores/i18n'
import { clock } from './catalog'
import { type Locale, locale, localeSetting } from './locale'

export { params } from '@nanostores/i18n'
export { useStore } from '@nanostores/react'
export { type Locale, locale, localeSetting, locales } from './locale'
export { rich } from './rich'

type Catalog = Record<string, Record<string, string>>

/**
 * One file per language. Every component asked for gets an entry, translated or not: the library
 * re-renders only once each asked-for component is answered.
 */
async function load(code: Locale, components: string[] = []): Promise<Catalog> {
  const all: Catalog = code === 'ja' ? (await import('./ja.json')).default : {}
  return { ...Object.fromEntries(components.map((name) => [name, {}])), ...all }
}

/** Component messages: `const messages = i18n('name', { key: 'English' })`, then `useStore`. */
export const i18n = createI18n(locale, { baseLocale: 'en', get: load })

/** The product's name, on every screen (the header, each page's title). */
export const app = i18n('app', { name: 'Business Portal' })

/** Loads a language's catalog before it is shown, so no screen flashes the other language. */
export async function loadLocale(code: Locale = locale.get()): Promise<void> {
  if (code === 'en' || i18n.cache[code]) return
  // The cache holds components by name (the library's typing says flat translations).
  Object.assign(i18n.cache, { [code]: await load(code) })
}

export async function setLocale(code: Locale): Promise<void> {
  await loadLocale(code)
  localeSetting.set(code)
}

/** A time of day (hh:mm) as the language shown now writes it. */
export function timeOf(epochMs: number): string {
  return clock(epochMs, locale.get())
}
