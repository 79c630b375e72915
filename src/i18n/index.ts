import { createContext, createElement, type ReactNode, use, useMemo } from 'react'
import { type Policy, policy, ruleWords } from '../contract/policy'
import { fill } from './catalog'
import { type Locale, localeOf } from './locale'

export { fill, moment, type Params, sentenceGap } from './catalog'
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
export { terms } from './terms'

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

/** Texts with the rules' numbers (`{lockoutFailures}`, …) written in, from the policy. */
function withRules<T extends Texts>(texts: T, rules: Policy): T {
  const words = ruleWords(rules)
  const filled: Texts = {}
  for (const [key, text] of Object.entries(texts)) filled[key] = fill(text, words)
  return filled as T
}

const filledTexts = new WeakMap<Messages<Texts>, Map<string, Texts>>()

/** The templates of `messages` in `locale`, placeholders unfilled (English where missing). */
export function templatesIn<T extends Texts>(messages: Messages<T>, locale: Locale): T {
  const translated = catalogs[locale]?.[messages.component]
  return translated ? { ...messages.en, ...translated } : messages.en
}

/**
 * The texts of `messages` in `locale` (English where a translation is missing or not loaded),
 * the policy's numbers written in, once per catalog and language; `rules` other than the
 * product's are for tests.
 */
export function textsIn<T extends Texts>(
  messages: Messages<T>,
  locale: Locale,
  rules: Policy = policy,
): T {
  if (rules !== policy) return withRules(templatesIn(messages, locale), rules)
  const seen = filledTexts.get(messages) ?? new Map<string, Texts>()
  filledTexts.set(messages, seen)
  const key = catalogs[locale]?.[messages.component] ? locale : 'en'
  const cached = seen.get(key) as T | undefined
  if (cached) return cached
  const filled = withRules(templatesIn(messages, locale), rules)
  seen.set(key, filled)
  return filled
}

export function useMessages<T extends Texts>(messages: Messages<T>): T {
  const locale = useLocale()
  return useMemo(() => textsIn(messages, locale), [messages, locale])
}

/** The product's name, on every screen (the header, each page's title). */
export const app = i18n('app', { name: 'Business Portal' })

/**
 * A time of day in the browser's time zone as `locale` writes it: "1:46 PM", "13:46" (as Intl's
 * short time does on the other screens). Written out here, as days are below: a page's first Intl
 * date format starts ICU, a long task of its own (docs/perf.md).
 */
export function timeOf(epochMs: number, locale: Locale): string {
  const at = new Date(epochMs)
  const [hours, minutes] = [at.getHours(), String(at.getMinutes()).padStart(2, '0')]
  if (locale === 'ja') return `${hours}:${minutes}`
  // a no-break space: "PM" never starts a line of its own
  return `${hours % 12 || 12}:${minutes}\u00a0${hours < 12 ? 'AM' : 'PM'}`
}

const months =
  'January February March April May June July August September October November December'

/**
 * A calendar day (`2027-03-31`) as `locale` writes it: "31 March 2027", "2027年3月31日". Written
 * out here, not by the browser's Intl, so the prerendered page and the app say the same.
 */
export function dayOf(isoDay: string, locale: Locale): string {
  const [year, month, day] = isoDay.split('-').map(Number)
  if (locale === 'ja') return `${year}年${month}月${day}日`
  return `${day} ${months.split(' ')[(month ?? 1) - 1]} ${year}`
}
