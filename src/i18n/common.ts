import { type CommonCatalog, isMessageKey, type Params, textFrom } from './catalog'
import { en, type MessageKey } from './en'
import { i18n, type Locale, textsIn, useLocale } from './index'

export type { Params } from './catalog'
export { isMessageKey } from './catalog'
export type { MessageKey } from './en'

/** Messages shared by the contract, the UI and the mock: errors and field rules. */
export const common = i18n('common', en)

export function format(key: MessageKey, values: Params, locale: Locale): string {
  const catalog: CommonCatalog = textsIn(common, locale)
  return textFrom(catalog, key, values, locale)
}

const ENCODED = '\u0001'

/** A message to translate when shown (so it follows the language switch): key and params. */
export function message(...parts: [MessageKey, Params?][]): string {
  return ENCODED + JSON.stringify(parts)
}

/** Text for a message key, an encoded `message(...)`, or text as it came. */
export function translate(text: string | undefined, locale: Locale): string | undefined {
  if (!text) return undefined
  if (isMessageKey(text)) return format(text, {}, locale)
  if (!text.startsWith(ENCODED)) return text
  try {
    const parts: [string, Params?][] = JSON.parse(text.slice(1))
    return parts
      .map(([key, values]) => (isMessageKey(key) ? format(key, values ?? {}, locale) : key))
      .join(' ')
  } catch {
    return text
  }
}

/** `translate` in the language of the screen. */
export function useTranslate(): (text: string | undefined) => string | undefined {
  const locale = useLocale()
  return (text) => translate(text, locale)
}
