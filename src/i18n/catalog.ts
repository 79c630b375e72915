import { ruleWords } from '../contract/policy'
import { en, type MessageKey } from './en'
import type { Locale } from './locale'

export type Params = Record<string, string | number>
export type CommonCatalog = Record<MessageKey, string>

export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(en, key)
}

/**
 * The message of a refusal: the words of its code for this second method if it has its own (a
 * mailed code's are about mails, the codes' own about an app), else the code's.
 */
export function errorKey(code: string, method?: 'totp' | 'mail'): MessageKey | undefined {
  const own = `error.${code}_${method}`
  if (method && isMessageKey(own)) return own
  const key = `error.${code}`
  return isMessageKey(key) ? key : undefined
}

/** How a moment is written: its date, time and time zone (a lock's end, say). */
export const momentStyle: Intl.DateTimeFormatOptions = {
  year: 'numeric',
  month: 'long',
  day: 'numeric',
  hour: 'numeric',
  minute: '2-digit',
  timeZoneName: 'short',
}

/** A moment as the locale writes it, in the browser's time zone. */
export function moment(epochMs: number, locale: Locale): string {
  return new Date(epochMs).toLocaleString(locale, momentStyle)
}

/**
 * Fills `{name}` placeholders; a moment (`until`, in ms) is written with its date, time and
 * zone the way the locale writes them.
 */
export function fill(template: string, params: Params, locale: Locale = 'en'): string {
  return placeholders(template, (name) => {
    const value = Object.hasOwn(params, name) ? params[name] : undefined
    if (value === undefined) return `{${name}}`
    if (name === 'until' && typeof value === 'number') return moment(value, locale)
    return String(value)
  }).join('')
}

/**
 * The one way a message's `{name}` placeholders are filled: the template's text with each
 * placeholder replaced by `valueFor(name)` (text for `fill`, elements for `rich`).
 */
export function placeholders<T>(template: string, valueFor: (name: string) => T): (string | T)[] {
  return template.split(/\{(\w+)\}/g).map((part, index) => (index % 2 ? valueFor(part) : part))
}

const rules = ruleWords()

/** A shared message in a catalog (English where it has none), placeholders and rules filled. */
export function textFrom(
  catalog: Partial<CommonCatalog>,
  key: MessageKey,
  params: Params,
  locale: Locale,
): string {
  return fill(catalog[key] ?? en[key], { ...rules, ...params }, locale)
}

/** How a language ends a sentence and puts the next after it: Japanese with no space after 「。」. */
const sentenceStyle: Record<Locale, { stop: string; joiner: string }> = {
  en: { stop: '.', joiner: ' ' },
  ja: { stop: '。', joiner: '' },
}

/** What goes between two sentences: a space in English, nothing after 「。」. */
export function sentenceGap(locale: Locale): string {
  return sentenceStyle[locale].joiner
}

/** Sentences one after another; each of `unstopped` (words without an end) gets the full stop. */
export function sentences(locale: Locale, stopped: string[], unstopped: string[] = []): string {
  const { stop, joiner } = sentenceStyle[locale]
  return [...stopped, ...unstopped.map((words) => words + stop)].join(joiner)
}
