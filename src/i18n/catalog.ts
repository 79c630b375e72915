import { en, type MessageKey } from './en'
import type { Locale } from './locale'

export type Params = Record<string, string | number>
export type CommonCatalog = Record<MessageKey, string>

export function isMessageKey(key: string): key is MessageKey {
  return key in en
}

/** Fills `{name}` placeholders; times (`until`) are written the way the locale writes them. */
export function fill(template: string, params: Params, locale: Locale): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name]
    if (value === undefined) return whole
    if (name === 'until' && typeof value === 'number') {
      return new Date(value).toLocaleTimeString(locale, { hour: '2-digit', minute: '2-digit' })
    }
    return String(value)
  })
}
