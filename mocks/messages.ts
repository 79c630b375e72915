import { type CommonCatalog, isMessageKey, type Params, textFrom } from '../src/i18n/catalog'
import { en, type MessageKey } from '../src/i18n/en'
import ja from '../src/i18n/ja.json'
import { firstLocale, type Locale } from '../src/i18n/locale'

const catalogs: Record<Locale, CommonCatalog> = { en, ja: ja.common }

/** The portal answers in the first of the request's languages it has (Accept-Language). */
export function localeOf(request: Request): Locale {
  const header = request.headers.get('accept-language') ?? ''
  return firstLocale(header.split(',').map((part) => part.split(';')[0] ?? ''))
}

export function textIn(locale: Locale, key: MessageKey, params: Params = {}): string {
  return textFrom(catalogs[locale], key, params, locale)
}

/** A message key (as zod rules give them) in words; other text as it is. */
export function wordsIn(locale: Locale, text: string): string {
  return isMessageKey(text) ? textIn(locale, text) : text
}
