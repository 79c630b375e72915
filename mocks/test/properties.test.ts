// @vitest-environment node
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { CodeBody, withUserIdRule } from '../../src/contract'
import { client, overHttp } from './client'
import { type Client, loginOneStep, WRONG_PASSWORD, withPortal } from './helpers'

withPortal()

/** Fewer over HTTP, where each run is a real request with a real hash (still thousands). */
const RUNS = overHttp ? 2_000 : 10_000

/** Characters a password field may be given: every kind the rules talk about, and more. */
const passwordChar = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...'abcxyzABCXYZ0189') },
  { weight: 2, arbitrary: fc.string({ unit: 'binary-ascii', minLength: 1, maxLength: 1 }) },
  {
    weight: 1,
    arbitrary: fc.constantFrom('Ａ', 'ｂ', '１', 'Ä', 'é', 'ß', '漢', 'ー', '\u00a0', '\u3000'),
  },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }) },
)
const alphanumeric = fc.constantFrom(...'abcxyzABCXYZ0189')
/** Any mix of those, and a share of plain letters and digits around the length limits, so that
 * enough of them meet every rule (a few in a hundred of the mixed ones do). */
const password = fc.oneof(
  { weight: 3, arbitrary: fc.string({ unit: passwordChar, minLength: 0, maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: alphanumeric, minLength: 4, maxLength: 34 }) },
)

/** The messages a refusal names, in the form's words (rule keys), in a stable order. */
const named = (fields: unknown) =>
  Object.values((fields ?? {}) as Record<string, string[]>)
    .flat()
    .sort()

describe('the form and the portal agree', () => {
  it(`on ${RUNS} random new passwords (ASCII, non-ASCII, 0–40 characters)`, async () => {
    const session = await loginOneStep('user01')
    // Right passwords come back "current password wrong" (after every rule passed); a right
    // login in another browser then starts the account's count again, so it never locks.
    const recount = client()
    let accepted = 0
    await fc.assert(
      fc.asyncProperty(password, fc.boolean(), async (value, confirmed) => {
        const body = {
          currentPassword: WRONG_PASSWORD,
          newPassword: value,
          confirmPassword: confirmed ? value : `${value}x`,
        }
        const form = withUserIdRule('user01').safeParse(body)
        const res = await session.post('/api/setup/password', body)
        if (form.success) {
          accepted += 1
          expect(res.json.code).toBe('wrong_current_password')
          await relogin(recount)
        } else {
          expect(['password_rule', 'bad_request']).toContain(res.json.code)
          expect(named(res.json.fields)).toEqual(form.error.issues.map((i) => i.message).sort())
        }
      }),
      { numRuns: RUNS },
    )
    expect(accepted).toBeGreaterThan(RUNS / 100)
  }, 300_000)

  it(`on ${RUNS} random codes (digits of every script, spaces, hyphens, full-width)`, async () => {
    const digit = fc.oneof(
      { weight: 6, arbitrary: fc.constantFrom(...'0123456789') },
      { weight: 3, arbitrary: fc.constantFrom(...'０１２３４５６７８９') },
      fc.constantFrom(...'٠١٢٣٤٥٦٧٨٩۰۱۲۳०१२३০১২৩๐๑๒๓၀၁၂၃᠐᠑𝟎𝟏𝟘𝟙'),
    )
    const separator = fc.constantFrom(
      ' ',
      '\u3000',
      '\t',
      '\n',
      '-',
      '‐',
      '‑',
      '‒',
      '–',
      '—',
      '−',
      '－',
      '_',
      '.',
      '+',
    )
    const anything = fc.string({
      unit: fc.oneof(
        { weight: 8, arbitrary: digit },
        { weight: 2, arbitrary: separator },
        fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }),
      ),
      maxLength: 14,
    })
    // Six digits as people paste them: mixed scripts, separators anywhere.
    const sixDigits = fc
      .array(fc.tuple(digit, fc.option(separator, { freq: 3 })), { minLength: 5, maxLength: 7 })
      .map((parts) => parts.map(([d, sep]) => d + (sep ?? '')).join(''))
    const code = fc.oneof(anything, sixDigits)
    // Without a session, a code the portal reads as 6 digits is refused for the session
    // (401); one it cannot read, for its shape (400): no check is made, nothing is counted.
    const anonymous = client()
    let readable = 0
    await fc.assert(
      fc.asyncProperty(code, async (raw) => {
        const field = CodeBody.safeParse({ code: raw })
        const res = await anonymous.post('/api/login/verify', { code: raw })
        if (field.success) readable += 1
        expect([res.status, res.json.code]).toEqual(
          field.success ? [401, 'unauthenticated'] : [400, 'code_format'],
        )
      }),
      { numRuns: RUNS },
    )
    expect(readable).toBeGreaterThan((RUNS * 3) / 100)
  }, 300_000)
})

async function relogin(c: Client) {
  const res = await c.post('/api/login/one-step', { userId: 'user01', password: 'welcome1' })
  expect(res.status).toBe(200)
}
