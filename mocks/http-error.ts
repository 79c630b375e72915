import { type ApiErrorBody, type ErrorCode, statusOf } from '../src/contract'
import { en } from '../src/i18n/en'
import { format, type Params } from '../src/i18n/format'

/** A refusal the portal means to give: answered as `{ code, message }` with its status. */
export class HttpError extends Error {
  readonly status: number
  readonly body: ApiErrorBody

  constructor(
    code: ErrorCode,
    extra: Omit<ApiErrorBody, 'code' | 'message'> = {},
    params: Params = {},
  ) {
    const message = format(`error.${code}`, params)
    super(message)
    this.status = statusOf[code]
    this.body = { code, message, ...extra }
  }
}

export function fail(
  code: ErrorCode,
  extra?: Omit<ApiErrorBody, 'code' | 'message'>,
  params?: Params,
): never {
  throw new HttpError(code, extra, params)
}

export function fieldMessage(key: string): string {
  return key in en ? en[key as keyof typeof en] : key
}

/** A refusal for input that broke named rules; the message names each one. */
export function ruleError(code: ErrorCode, fields: Record<string, string[]>): HttpError {
  const error = new HttpError(code, { fields })
  const named = Object.values(fields).flat().map(fieldMessage)
  error.body.message = `${error.body.message} ${named.join('. ')}.`
  return error
}
