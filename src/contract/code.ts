import * as z from 'zod/mini'
import { policy } from './policy'

const FULL_WIDTH_ZERO = 0xff10

/** What a person pastes from an app or a mail: spaces, hyphens, full-width digits. */
export function normalizeCode(raw: string): string {
  return raw
    .replace(/[\s\u3000\-\u2010-\u2015\u2212\uff0d]/g, '')
    .replace(/[\uff10-\uff19]/g, (d) => String(d.charCodeAt(0) - FULL_WIDTH_ZERO))
}

export const Code = z.pipe(
  z.pipe(z.string(), z.transform(normalizeCode)),
  z.string().check(z.regex(new RegExp(`^\\d{${policy.code.length}}$`), 'code.format')),
)

export const CodeBody = z.object({ code: Code })
export type CodeBody = z.input<typeof CodeBody>
