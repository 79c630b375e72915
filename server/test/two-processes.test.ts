// @vitest-environment node
import type { ChildProcess } from 'node:child_process'
import { Secret, TOTP } from 'otpauth'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { startServer } from '../../scripts/server-process'

/** A database this test may empty: never DATABASE_URL, which may hold someone's data. */
const databaseUrl = process.env.TEST_DATABASE_URL
if (!databaseUrl) {
  console.log(
    'two processes over one PostgreSQL: skipped, no TEST_DATABASE_URL (scripts/postgres.sh)',
  )
}

const USER02_SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP'
const logs: string[] = []

const post = async (base: string, path: string, body: unknown, cookie = '') => {
  const res = await fetch(`${base}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie },
    body: JSON.stringify(body),
  })
  const json = (await res.json()) as { code?: string; stage?: string }
  return {
    status: res.status,
    code: json.code,
    stage: json.stage,
    cookie: res.headers.get('set-cookie')?.split(';')[0] ?? '',
  }
}

describe.skipIf(!databaseUrl)('two server processes over one PostgreSQL', () => {
  const ports = [54411, 54412]
  const bases = ports.map((p) => `http://127.0.0.1:${p}`)
  let servers: ChildProcess[] = []
  beforeAll(async () => {
    const onOutput = (text: string) => void logs.push(text)
    servers = await Promise.all(
      ports.map((port) =>
        startServer(port, { env: { DATABASE_URL: databaseUrl }, args: ['--demo'], onOutput }),
      ),
    )
  }, 120_000)
  afterAll(() => {
    for (const s of servers) s.kill('SIGTERM')
  })
  beforeEach(async () => {
    expect((await post(bases[0] ?? '', '/api/mock/reset', {})).status).toBe(200)
  })

  it('locks an account at exactly 5 failures when 50 wrong passwords arrive at once on both', async () => {
    const tries = Array.from({ length: 50 }, (_, i) =>
      post(bases[i % 2] ?? '', '/api/login/two-step', { userId: 'user02', password: 'Wrong0pass' }),
    )
    const answers = await Promise.all(tries)
    const codes = answers.map((a) => a.code)
    expect(codes.filter((c) => c === 'invalid_credentials')).toHaveLength(4)
    expect(codes.filter((c) => c === 'locked')).toHaveLength(46)
    // nothing slipped through: the right password is locked out on either process
    for (const base of bases) {
      const right = await post(base, '/api/login/two-step', {
        userId: 'user02',
        password: 'Secure2024',
      })
      expect(right.code).toBe('locked')
    }
  }, 60_000)

  it('accepts one TOTP code once when 10 sessions send it at once through both, and counts the rest', async () => {
    const sessions = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        post(bases[i % 2] ?? '', '/api/login/two-step', {
          userId: 'user02',
          password: 'Secure2024',
        }),
      ),
    )
    expect(sessions.map((s) => s.stage)).toEqual(Array(10).fill('challenge'))
    const code = new TOTP({ secret: Secret.fromBase32(USER02_SECRET) }).generate()
    const answers = await Promise.all(
      sessions.map((s, i) => post(bases[i % 2] ?? '', '/api/login/verify', { code }, s.cookie)),
    )
    expect(answers.filter((a) => a.status === 200)).toHaveLength(1)
    // every other is a reuse, and reuses count as failures: 4 refused, the 5th locks the account
    const refusals = answers.filter((a) => a.status !== 200).map((a) => a.code)
    expect(refusals.filter((c) => c === 'code_reused')).toHaveLength(4)
    expect(refusals.filter((c) => c === 'locked')).toHaveLength(5)
    expect(logs.join('')).not.toMatch(/Secure2024|Wrong0pass|JBSWY3DP/)
  }, 60_000)
})
