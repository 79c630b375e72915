import { createI18n } from '@nanostores/i18n'
import { type CommonCatalog, fill, isMessageKey, type Params } from './catalog'
import { en, type MessageKey } from './en'
import { type Locale, locale, localeSetting } from './locale'

export { params } from '@nanostores/i18n'
export { useStore } from '@nanostores/react'
export type { Params } from './catalog'
export { isMessageKey } from './catalog'
export type { MessageKey } from './en'
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

/** Messages shared by the contract, the UI and the mock: errors and field rules. */
export const common = i18n('common', en)

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

const ENCODED = '\u0001'

/** A message to translate when shown (so it follows the language switch): key and params. */
export function message(...parts: [MessageKey, Params?][]): string {
  return ENCODED + JSON.stringify(parts)
}

/** A time of day (hh:mm) as the language shown now writes it. */
export function timeOf(epochMs: number): string {
  return fill('{until}', { until: epochMs }, locale.get())
}

export function format(key: MessageKey, values: Params = {}): string {
  const catalog: CommonCatalog = common.get()
  return fill(catalog[key] ?? en[key], values, locale.get())
}

/** Text for a message key, an encoded `message(...)`, or text as it came. */
export function translate(text: string | undefined): string | undefined {
  if (!text) return undefined
  if (isMessageKey(text)) return format(text)
  if (!text.startsWith(ENCODED)) return text
  try {
    const parts: [string, Params?][] = JSON.parse(text.slice(1))
    return parts.map(([key, values]) => (isMessageKey(key) ? format(key, values) : key)).join(' ')
  } catch {
    return text
  }
}
