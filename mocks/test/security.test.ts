// @vitest-environment node
import { describe, expect, it, vi } from 'vitest'
import { constantTimeEqual } from '../crypto'
import { client, overHttp } from './client'
import {
  admin,
  advance,
  changePassword,
  codeAt,
  expectError,
  expectOk,
  loginOneStep,
  loginTwoStep,
  loginUser02,
  MINUTE,
  mailbox,
  NEW_PASSWORD,
  PASSWORDS,
  type Res,
  setUpUser03,
  USER02_SECRET,
  WRONG_PASSWORD,
  withPortal,
  wrongCode,
} from './helpers'

withPortal()

const HOUR = 60 * MINUTE
const statuses = (answers: Res[]) =>
  answers.reduce<Record<string, number>>((count, { status, json }) => {
    const key = `${status} ${String(json.code ?? 'ok')}`
    count[key] = (count[key] ?? 0) + 1
    return count
  }, {})

describe('a password change', () => {
  it('ends every other session of the user; a TOTP secret belongs to the session that asked', async () => {
    const a = await loginOneStep('user01')
    const b = await loginOneStep('user01')
    await changePassword(b, 'welcome1')
    const started = await b.post('/api/setup/totp')
    expectOk(started)
    const secret = String(started.json.secret)

    // The session opened with the old password is over, for every step of the setup.
    expectError(await a.get('/api/session'), 401, 'unauthenticated')
    expectError(await a.post('/api/setup/totp'), 401, 'unauthenticated')
    expectError(
      await a.post('/api/setup/totp/register', { code: codeAt(secret) }),
      401,
      'unauthenticated',
    )

    // Another login gets a secret of its own; the first one's code does not register there.
    const c = await loginOneStep('user01', NEW_PASSWORD)
    const other = await c.post('/api/setup/totp')
    expect(other.json.secret).not.toBe(secret)
    expectError(
      await c.post('/api/setup/totp/register', { code: codeAt(secret) }),
      400,
      'code_invalid',
    )
    // The session that asked still registers its own.
    expect(await b.post('/api/setup/totp/register', { code: codeAt(secret) })).toEqual({
      status: 200,
      json: { ok: true },
    })
  })
})

describe('a new session ID at every change of privilege', () => {
  it('when the code is accepted: the ID seen at the code step holds nothing after it', async () => {
    const c = await loginTwoStep('user02')
    const atCodeStep = c.cookie
    expectOk(await c.post('/api/login/verify', { code: codeAt(USER02_SECRET) }))
    expect(c.cookie).not.toBe(atCodeStep)
    expect((await c.get('/api/session')).json.stage).toBe('full')
    const fixed = client()
    fixed.cookie = atCodeStep
    expectError(await fixed.get('/api/session'), 401, 'unauthenticated')
    expectError(await fixed.get('/api/admin/users'), 401, 'unauthenticated')
  })

  it('when the password is changed', async () => {
    const c = await loginOneStep('user01')
    const before = c.cookie
    await changePassword(c, 'welcome1')
    expect(c.cookie).not.toBe(before)
    expectOk(await c.get('/api/session'))
    const fixed = client()
    fixed.cookie = before
    expectError(await fixed.post('/api/setup/totp'), 401, 'unauthenticated')
  })

  it('when the setup is finished: the session ends', async () => {
    const c = await loginOneStep('user01')
    await changePassword(c, 'welcome1')
    const secret = String((await c.post('/api/setup/totp')).json.secret)
    const before = c.cookie
    expectOk(await c.post('/api/setup/totp/register', { code: codeAt(secret) }))
    const fixed = client()
    fixed.cookie = before
    expectError(await fixed.get('/api/session'), 401, 'unauthenticated')
  })
})

describe('user IDs and keys named like built-in properties', () => {
  const names = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', 'prototype']

  it.each(names)('%s logs in as no one, at either login, like any unknown ID', async (userId) => {
    for (const path of ['/api/login/one-step', '/api/login/two-step']) {
      expectError(
        await client().post(path, { userId, password: 'Secure2024' }),
        401,
        'invalid_credentials',
      )
    }
  })

  it.each(names)('%s is no user for the Portal Admin either (404)', async (userId) => {
    const c = await admin()
    for (const action of ['unlock', 'reset']) {
      expectError(await c.post(`/api/admin/users/${userId}/${action}`), 404, 'not_found')
    }
    expectError(
      await c.post(`/api/admin/users/${userId}/method`, { method: 'mail' }),
      404,
      'not_found',
    )
  })

  it.each(names)('%s as a session cookie is no session', async (name) => {
    const c = client()
    c.cookie = name
    expectError(await c.get('/api/session'), 401, 'unauthenticated')
    expectError(await c.post('/api/setup/password', {}), 400, 'bad_request')
    expectOk(await c.post('/api/logout'))
  })
})

describe('an unknown user ID', () => {
  it('gets the same answers as a real one with a wrong password, locked after 5', async () => {
    const tries = async (userId: string) => {
      const answers: string[] = []
      for (let i = 0; i < 7; i++) {
        const res = await client().post('/api/login/two-step', { userId, password: WRONG_PASSWORD })
        answers.push(`${res.status} ${String(res.json.code)} ${String(res.json.lockedUntil)}`)
      }
      return answers
    }
    const real = await tries('user02')
    const unknown = await tries('nobody42')
    expect(unknown).toEqual(real)
    expect(real.filter((a) => a.startsWith('423 locked'))).toHaveLength(3)
    // and its lock runs out as a real one's does
    advance(15 * MINUTE)
    expectError(
      await client().post('/api/login/two-step', { userId: 'nobody42', password: WRONG_PASSWORD }),
      401,
      'invalid_credentials',
    )
  })

  // Seen from inside the mock (its Web Crypto calls); the Node server's own test counts its scrypt.
  it.skipIf(overHttp)(
    'costs the same work as a wrong password: a password hash is checked either way',
    async () => {
      const hashes = vi.spyOn(crypto.subtle, 'deriveBits')
      await client().post('/api/login/two-step', { userId: 'nobody42', password: WRONG_PASSWORD })
      const forUnknown = hashes.mock.calls.length
      hashes.mockClear()
      await client().post('/api/login/two-step', { userId: 'user02', password: WRONG_PASSWORD })
      expect(forUnknown).toBe(hashes.mock.calls.length)
      expect(forUnknown).toBeGreaterThan(0)
    },
  )
})

describe('one code step takes 5 wrong codes at most', () => {
  it('ends the challenge at the 5th, even when the account count started again between', async () => {
    const c = await loginTwoStep('user02')
    for (let i = 0; i < 4; i++) {
      expectError(
        await c.post('/api/login/verify', { code: wrongCode(USER02_SECRET) }),
        400,
        'code_invalid',
      )
    }
    // a login in another browser resets the account's count, not this challenge's
    await loginUser02()
    const fifth = await c.post('/api/login/verify', { code: wrongCode(USER02_SECRET) })
    expectError(fifth, 401, 'challenge_over')
    expect(fifth.json.message).toMatch(/log in again/i)
    // the right code cannot rescue it: the user logs in again
    expectError(
      await c.post('/api/login/verify', { code: codeAt(USER02_SECRET, 1) }),
      401,
      'unauthenticated',
    )
    await loginUser02(1)
  })

  it('outlives no lock: after 5 wrong codes and the 15 minutes, the challenge is still over', async () => {
    const c = await loginTwoStep('user02')
    for (let i = 0; i < 4; i++)
      await c.post('/api/login/verify', { code: wrongCode(USER02_SECRET) })
    expectError(
      await c.post('/api/login/verify', { code: wrongCode(USER02_SECRET) }),
      423,
      'locked',
    )
    advance(16 * MINUTE)
    expectError(
      await c.post('/api/login/verify', { code: codeAt(USER02_SECRET) }),
      401,
      'unauthenticated',
    )
  })
})

describe('a session lasts 12 hours at most', () => {
  it('ends at 12 hours even when kept alive every 29 minutes', async () => {
    const c = await loginUser02()
    let elapsed = 0
    while (elapsed + 29 * MINUTE < 12 * HOUR) {
      advance(29 * MINUTE)
      elapsed += 29 * MINUTE
      expectOk(await c.post('/api/session/keepalive'))
    }
    const last = await c.get('/api/session')
    expect(last.json.idleExpiresAt).toBe(Date.now() - elapsed + 12 * HOUR)
    expect(last.json.expiresAt).toBe(Date.now() - elapsed + 12 * HOUR)
    advance(12 * HOUR - elapsed)
    expectError(await c.post('/api/session/keepalive'), 401, 'session_expired')
  })
})

describe('JSON only', () => {
  it.each([
    ['text/plain', 415],
    ['application/x-www-form-urlencoded', 415],
    ['multipart/form-data; boundary=x', 415],
    ['', 415],
    ['application/json; charset=utf-8', 200],
  ])('a POST sent as %j: %i', async (type, status) => {
    const body = JSON.stringify({ userId: 'user02', password: PASSWORDS.user02 })
    const res = await client().typed('/api/login/two-step', body, type)
    expect(res.status).toBe(status)
    if (status === 415) expect(res.json.code).toBe('unsupported_media_type')
  })
})

describe('one cap on every password field', () => {
  it('refuses a 10 MB current password at STEP3 without hashing it or counting it', async () => {
    const c = await loginOneStep('user01')
    const hashes = vi.spyOn(crypto.subtle, 'deriveBits')
    const huge = 'A1a'.repeat(3_500_000)
    const res = await c.post('/api/setup/password', {
      currentPassword: huge,
      newPassword: NEW_PASSWORD,
      confirmPassword: NEW_PASSWORD,
    })
    expectError(res, 400, 'bad_request')
    expect(res.json.fields).toEqual({ currentPassword: ['password.tooLong'] })
    expect(hashes).not.toHaveBeenCalled()
    await changePassword(c, 'welcome1')
  })

  it.each(['/api/login/one-step', '/api/login/two-step'])(
    'refuses 257 characters at %s',
    async (path) => {
      const res = await client().post(path, { userId: 'user02', password: 'x'.repeat(257) })
      expectError(res, 400, 'bad_request')
    },
  )
})

describe('code mails', () => {
  it('go out 5 at most per user in 15 minutes, also to 10 logins at once; each refused login opens no session', async () => {
    await setUpUser03()
    advance(15 * MINUTE) // the setup's code mail out of the window
    const sent = (await mailbox()).length
    const logins = Array.from({ length: 10 }, () => client())
    const answers = await Promise.all(
      logins.map((c) =>
        c.post('/api/login/two-step', { userId: 'user03', password: NEW_PASSWORD }),
      ),
    )
    expect(statuses(answers)).toEqual({ '200 ok': 5, '429 too_many_mails': 5 })
    expect((await mailbox()).length - sent).toBe(5)
    for (const [i, res] of answers.entries()) {
      if (res.status !== 429) continue
      expect(res.json.message).toMatch(/5 codes by email in the last 15 minutes/)
      expectError((await logins[i]?.get('/api/session')) as Res, 401, 'unauthenticated')
    }
    advance(15 * MINUTE)
    expectOk(
      await client().post('/api/login/two-step', { userId: 'user03', password: NEW_PASSWORD }),
    )
  })
})

describe('messages', () => {
  it('say a malformed code once', async () => {
    const c = await loginTwoStep('user02')
    const res = await c.post('/api/login/verify', { code: '12345' })
    expectError(res, 400, 'code_format')
    expect(res.json.message).toBe('Enter the 6-digit code')
  })
})

describe('password hashes', () => {
  it('are compared whole: equal, or not, whatever the length or where they differ', () => {
    expect(constantTimeEqual('abc', 'abc')).toBe(true)
    expect(constantTimeEqual('abc', 'abd')).toBe(false)
    expect(constantTimeEqual('abc', 'ab')).toBe(false)
    expect(constantTimeEqual('', '')).toBe(true)
    expect(constantTimeEqual('ab\u0000', 'ab')).toBe(false)
  })
})

describe('counts that must be exact under parallel requests', () => {
  it('20 wrong passwords at once: 4 refused, then locked', async () => {
    const answers = await Promise.all(
      Array.from({ length: 20 }, () =>
        client().post('/api/login/two-step', { userId: 'user02', password: WRONG_PASSWORD }),
      ),
    )
    expect(statuses(answers)).toEqual({ '401 invalid_credentials': 4, '423 locked': 16 })
  })

  it('one TOTP code sent by 20 logins at once is accepted once', async () => {
    const logins = await Promise.all(Array.from({ length: 20 }, () => loginTwoStep('user02')))
    const code = codeAt(USER02_SECRET)
    const answers = await Promise.all(logins.map((c) => c.post('/api/login/verify', { code })))
    // then each reuse is a wrong code: the account locks at the 5th
    expect(statuses(answers)).toEqual({ '200 ok': 1, '400 code_reused': 4, '423 locked': 15 })
  })

  it('30 resends at once after the 60 seconds: one new code', async () => {
    await setUpUser03()
    const c = await loginTwoStep('user03', NEW_PASSWORD)
    expect(
      statuses(await Promise.all(Array.from({ length: 30 }, () => c.post('/api/login/resend')))),
    ).toEqual({
      '429 too_soon': 30,
    })
    advance(60_000)
    expect(
      statuses(await Promise.all(Array.from({ length: 30 }, () => c.post('/api/login/resend')))),
    ).toEqual({
      '200 ok': 1,
      '429 too_soon': 29,
    })
  })

  it('50 setup sends at once: one code mail', async () => {
    const c = await loginOneStep('user03')
    await changePassword(c, 'welcome3')
    const before = (await mailbox()).length
    const answers = await Promise.all(
      Array.from({ length: 50 }, () => c.post('/api/setup/mail/send')),
    )
    expect(statuses(answers)).toEqual({ '200 ok': 1, '429 too_soon': 49 })
    expect((await mailbox()).length - before).toBe(1)
  })
})
