import { createContext, createElement, type ReactNode, use, useMemo } from 'react'
import { clock } from './catalog'
import { type Locale, localeOf } from './locale'

export { fill, type Params } from './catalog'
export {
  isLocale,
  type Locale,
  localeOf,
  locales,
  localizePath,
  saveLocale,
  unprefixed,
} from './locale'
export { rich } from './rich'

type Texts = Record<string, string>
type Catalog = Record<string, Texts>

/** A component's messages: its English, and its name in the other languages' catalogs. */
export type Messages<T extends Texts> = { readonly component: string; readonly en: T }

/** Every component's English, by name (the catalog check compares Japanese with it). */
export const english: Catalog = {}

/** `const messages = i18n('name', { key: 'English' })` beside a component; `useMessages` in it. */
export function i18n<T extends Texts>(component: string, en: T): Messages<T> {
  english[component] = en
  return { component, en }
}

// Loaded before anything renders in the language: by the prerender (entry.server.tsx), before the
// page hydrates (entry.client.tsx), and by the language switch.
const catalogs: Partial<Record<Locale, Catalog>> = {}

export async function loadLocale(code: Locale): Promise<void> {
  if (code === 'ja') catalogs.ja ??= (await import('./ja.json')).default
}

const LocaleContext = createContext<Locale>('en')

/** The language of the screen: the one of its address (`/ja/…`). */
export function LocaleProvider({ pathname, children }: { pathname: string; children: ReactNode }) {
  return createElement(LocaleContext, { value: localeOf(pathname) }, children)
}

export function useLocale(): Locale {
  return use(LocaleContext)
}

/** The texts of `messages` in `locale` (English where a translation is missing or not loaded). */
export function textsIn<T extends Texts>(messages: Messages<T>, locale: Locale): T {
  const translated = catalogs[locale]?.[messages.component]
  return translated ? { ...messages.en, ...translated } : messages.en
}

export function useMessages<T extends Texts>(messages: Messages<T>): T {
  const locale = useLocale()
  return useMemo(() => textsIn(messages, locale), [messages, locale])
}

/** The product's name, on every screen (the header, each page's title). */
export const app = i18n('app', { name: 'Business Portal' })

/** A time of day (hh:mm) as `locale` writes it. */
export const timeOf = (epochMs: number, locale: Locale) => clock(epochMs, locale)
