// @vitest-environment node
import { Secret } from 'otpauth'
import { describe, expect, it } from 'vitest'
import { otpauthUri, totpCode } from '../totp'

/** RFC 6238 appendix B, SHA-1: the seed is ASCII "12345678901234567890". */
const RFC_SEED = 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ'

const vectors: [seconds: number, code: string][] = [
  [59, '94287082'],
  [1111111109, '07081804'],
  [1111111111, '14050471'],
  [1234567890, '89005924'],
  [2000000000, '69279037'],
  [20000000000, '65353130'],
]

describe('RFC 6238 SHA-1 vectors through the mock portal’s totpCode', () => {
  it('uses the RFC seed, Base32-encoded', () => {
    const bytes = Secret.fromBase32(RFC_SEED).bytes
    expect(Buffer.from(bytes).toString('ascii')).toBe('12345678901234567890')
  })

  it.each(vectors)('T = %i s gives %s with 8 digits', async (seconds, code) => {
    expect(await totpCode(RFC_SEED, seconds * 1000, 8)).toBe(code)
  })

  it.each(vectors)(
    'T = %i s gives the last six digits of %s with 6 digits',
    async (seconds, code) => {
      expect(await totpCode(RFC_SEED, seconds * 1000)).toBe(code.slice(-6))
    },
  )

  it('keeps a code for the whole 30 s step and changes it at the next', async () => {
    const start = 1111111110 * 1000 // a step boundary: 1111111110 / 30 = 37037037
    expect(await totpCode(RFC_SEED, start + 29_999)).toBe(await totpCode(RFC_SEED, start))
    expect(await totpCode(RFC_SEED, start - 1)).toBe('081804')
    expect(await totpCode(RFC_SEED, start)).toBe('050471')
  })
})

describe('otpauth URI', () => {
  it('names the issuer, the user and SHA-1 / 6 digits / 30 s', () => {
    expect(otpauthUri('user01', RFC_SEED)).toBe(
      `otpauth://totp/Business%20Portal:user01?secret=${RFC_SEED}&issuer=Business%20Portal&algorithm=SHA1&digits=6&period=30`,
    )
  })
})
