import { en, type MessageKey } from './en'
import type { Locale } from './locale'

export type Params = Record<string, string | number>
export type CommonCatalog = Record<MessageKey, string>

export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(en, key)
}

/** A time of day (hh:mm) as the locale writes it. */
export function clock(epochMs: number, locale: Locale): string {
  return new Date(epochMs).toLocaleTimeString(locale, { hour: '2-digit', minute: '2-digit' })
}

/** Fills `{name}` placeholders; times (`until`, in ms) are written the way the locale writes them. */
export function fill(template: string, params: Params, locale: Locale = 'en'): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = Object.hasOwn(params, name) ? params[name] : undefined
    if (value === undefined) return whole
    if (name === 'until' && typeof value === 'number') return clock(value, locale)
    return String(value)
  })
}

/** A shared message in a catalog (English where it has none), placeholders filled. */
export function textFrom(
  catalog: Partial<CommonCatalog>,
  key: MessageKey,
  params: Params,
  locale: Locale,
): string {
  return fill(catalog[key] ?? en[key], params, locale)
}
