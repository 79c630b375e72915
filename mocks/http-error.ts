import { type ApiErrorBody, type ErrorCode, statusOf } from '../src/contract'
import { type Params, sentences } from '../src/i18n/catalog'
import type { MessageKey } from '../src/i18n/en'
import type { Locale } from '../src/i18n/locale'
import { textIn, wordsIn } from './messages'

type Extra = Omit<ApiErrorBody, 'code' | 'message'>

/** A refusal the portal means to give: answered as `{ code, message }` with its status. */
export class HttpError extends Error {
  readonly status: number
  readonly code: ErrorCode
  readonly extra: Extra
  readonly params: Params
  /** The message's key: the code's own, or a variant of it in the words of the user's case. */
  readonly words: MessageKey

  constructor(code: ErrorCode, extra: Extra = {}, params: Params = {}, words?: MessageKey) {
    super(textIn('en', words ?? `error.${code}`, params))
    this.status = statusOf[code]
    this.code = code
    this.extra = extra
    this.params = params
    this.words = words ?? `error.${code}`
  }

  /** The answer's body, its message in the request's language and naming each broken rule. */
  bodyIn(locale: Locale): ApiErrorBody {
    const text = textIn(locale, this.words, this.params)
    // Each broken rule in words, once, and not when it says what the message already says.
    const named = [
      ...new Set(
        Object.values(this.extra.fields ?? {})
          .flat()
          .map((rule) => wordsIn(locale, rule)),
      ),
    ].filter((words) => words !== text)
    const message = sentences(locale, [text], named)
    return { code: this.code, message, ...this.extra }
  }
}

export function fail(code: ErrorCode, extra?: Extra, params?: Params, words?: MessageKey): never {
  throw new HttpError(code, extra, params, words)
}

/** A refusal for input that broke named rules; the message names each one. */
export function ruleError(code: ErrorCode, fields: Record<string, string[]>): HttpError {
  return new HttpError(code, { fields })
}
