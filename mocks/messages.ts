import { type CommonCatalog, fill, isMessageKey, type Params } from '../src/i18n/catalog'
import { en, type MessageKey } from '../src/i18n/en'
import ja from '../src/i18n/ja.json'
import { isLocale, type Locale } from '../src/i18n/locale'

const catalogs: Record<Locale, CommonCatalog> = { en, ja: ja.common }

/** The portal answers in the first of the request's languages it has (Accept-Language). */
export function localeOf(request: Request): Locale {
  const header = request.headers.get('accept-language') ?? ''
  for (const part of header.split(',')) {
    const base = part.split(';')[0]?.trim().toLowerCase().split('-')[0]
    if (isLocale(base)) return base
  }
  return 'en'
}

export function textIn(locale: Locale, key: MessageKey, params: Params = {}): string {
  return fill(catalogs[locale][key] ?? en[key], params, locale)
}

/** A message key (as zod rules give them) in words; other text as it is. */
export function wordsIn(locale: Locale, text: string): string {
  return isMessageKey(text) ? textIn(locale, text) : text
}
