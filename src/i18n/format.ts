import { en, type MessageKey } from './en'

export type Params = Record<string, string | number>

export function isMessageKey(key: string): key is MessageKey {
  return key in en
}

export function format(key: MessageKey, params: Params = {}): string {
  return en[key].replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? `{${name}}`))
}
