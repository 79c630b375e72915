import { type CommonCatalog, isMessageKey, type Params, textFrom } from '../src/i18n/catalog'
import { en, type MessageKey } from '../src/i18n/en'
import { firstLocale, type Locale } from '../src/i18n/locale'

const catalogs: Partial<Record<Locale, CommonCatalog>> = { en }
const loaders: Record<Exclude<Locale, 'en'>, () => Promise<CommonCatalog>> = {
  ja: () => import('../src/i18n/ja.json').then((m) => m.default.common),
}

/**
 * The language to answer in, its texts ready: every endpoint waits here. A language loads the
 * first time a request asks for it, so a portal that answers only in English never loads another;
 * English if they cannot be loaded.
 */
export async function withTexts(locale: Locale): Promise<Locale> {
  if (locale === 'en' || catalogs[locale]) return locale
  try {
    catalogs[locale] = await loaders[locale]()
    return locale
  } catch (error) {
    console.error(error)
    return 'en'
  }
}

/** The portal answers in the first of the request's languages it has (Accept-Language). */
export function localeOf(request: Request): Locale {
  const header = request.headers.get('accept-language') ?? ''
  return firstLocale(header.split(',').map((part) => part.split(';')[0] ?? ''))
}

export function textIn(locale: Locale, key: MessageKey, params: Params = {}): string {
  const catalog = catalogs[locale]
  if (!catalog) throw new Error(`the mock's ${locale} texts are not loaded (withTexts)`)
  return textFrom(catalog, key, params, locale)
}

/** A message key (as zod rules give them) in words; other text as it is. */
export function wordsIn(locale: Locale, text: string): string {
  return isMessageKey(text) ? textIn(locale, text) : text
}
