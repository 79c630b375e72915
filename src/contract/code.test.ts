import { describe, expect, it } from 'vitest'
import { CodeBody, normalizeCode } from './code'

describe('code entry', () => {
  it.each([
    ['123456', '123456'],
    ['123 456', '123456'],
    [' 123-456 ', '123456'],
    ['１２３４５６', '123456'],
    ['１２３　４５６', '123456'],
    ['12\t34\n56', '123456'],
    ['123‐456', '123456'],
    ['123－456', '123456'],
  ])('%j is read as %s', (raw, expected) => {
    expect(normalizeCode(raw)).toBe(expected)
    expect(CodeBody.parse({ code: raw })).toEqual({ code: expected })
  })

  it.each(['12345', '1234567', '12345a', 'abcdef', '', '12.3456', '+123456', '١٢٣٤٥٦'])(
    '%j is refused with "Enter the 6-digit code"',
    (raw) => {
      const result = CodeBody.safeParse({ code: raw })
      expect(result.success).toBe(false)
      expect(result.error?.issues[0]?.message).toBe('code.format')
    },
  )
})
