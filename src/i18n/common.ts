import { type CommonCatalog, isMessageKey, type Params, sentences, textFrom } from './catalog'
import { en, type MessageKey } from './en'
import { i18n, type Locale, templatesIn, useLocale } from './index'

export type { Params } from './catalog'
export { isMessageKey, sentences } from './catalog'
export type { MessageKey } from './en'

/** Messages shared by the contract, the UI and the mock: errors and field rules. */
export const common = i18n('common', en)

/** A shared message in words of `locale` (its values and the policy's numbers filled once). */
export function format(key: MessageKey, values: Params, locale: Locale): string {
  const catalog: CommonCatalog = templatesIn(common, locale)
  return textFrom(catalog, key, values, locale)
}

/**
 * A message as data: shared messages (a key and its values) or text as a server gave it. Kept
 * so, not as words, it is said in the language of the screen when shown, and follows a switch.
 */
export type MessagePart = { key: MessageKey; params?: Params } | { text: string }
export type Message = readonly MessagePart[]

/** A message of one key; a key-like string (a zod rule's message) as its key, else as text. */
export function messageOf(keyOrText: string, params?: Params): Message {
  return [isMessageKey(keyOrText) ? { key: keyOrText, params } : { text: keyOrText }]
}

/** A message in words of `locale`, its parts one sentence after another. */
export function say(message: Message, locale: Locale): string {
  return sentences(
    locale,
    message.map((part) =>
      'key' in part ? format(part.key, part.params ?? {}, locale) : part.text,
    ),
  )
}

/** `say` in the language of the screen. */
export function useSay(): (message: Message) => string {
  const locale = useLocale()
  return (message) => say(message, locale)
}
