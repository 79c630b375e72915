// @vitest-environment node
import { expect, it } from 'vitest'
import { type EndpointName, endpoints, errorCodes, statusOf } from '../../src/contract'
import { BASE, client } from './client'
import { admin, mailbox, type Res, withPortal } from './helpers'

withPortal()

/** Keys an attacker names to reach what an object inherits. */
const prototypeKeys = [
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  'valueOf',
  '__defineGetter__',
  'isPrototypeOf',
]

/** A well-formed body for each endpoint that has one: the bad ones are made from it. */
const valid: Partial<Record<EndpointName, Record<string, unknown>>> = {
  loginOneStep: { userId: 'user02', password: 'Secure2024' },
  loginTwoStep: { userId: 'user02', password: 'Secure2024' },
  loginVerify: { code: '123456' },
  changePassword: {
    currentPassword: 'welcome1',
    newPassword: 'Newpass123',
    confirmPassword: 'Newpass123',
  },
  chooseMethod: { method: 'totp' },
  totpRegister: { code: '123456' },
  mailRegister: { code: '123456' },
  adminSwitch: { method: 'mail' },
  mockScenario: { name: 'totp' },
}

const nested = (depth: number): unknown => (depth === 0 ? 'x' : { a: nested(depth - 1) })

/** Values of every wrong kind for a field. */
const wrongValues: unknown[] = [
  null,
  true,
  0,
  -1,
  1.5,
  1e308,
  [],
  ['user02'],
  {},
  { $gt: '' },
  nested(50),
  'x'.repeat(100_000),
  Object.fromEntries(prototypeKeys.map((k) => [k, 'x'])),
]

/** Bodies that are not even JSON objects: every endpoint refuses them. */
const notObjects = [
  '',
  '{',
  '{"userId": ',
  "{userId: 'user02'}",
  'null',
  '[]',
  '["user02", "Secure2024"]',
  '"user02"',
  '12',
  'true',
  `[${'['.repeat(5000)}${']'.repeat(5000)}]`,
  `["${'x'.repeat(2_000_000)}"]`,
]

type Bad = { name: string; path: string; raw: string; type?: string }

function badRequests(): Bad[] {
  const bad: Bad[] = []
  for (const [name, spec] of Object.entries(endpoints)) {
    if (spec.method !== 'post') continue
    const path = spec.path.replace(':userId', 'user01')
    const good = valid[name as EndpointName]
    // Not JSON, or JSON that is no object; an empty body stands for {} where no field is needed.
    for (const raw of notObjects) {
      if (raw === '' && !good) continue
      bad.push({ name: `${name}: body ${raw.slice(0, 20)}`, path, raw })
    }
    // JSON sent as something else: refused before it is read, whatever it says.
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'text/json', '']) {
      bad.push({ name: `${name}: as ${type}`, path, raw: JSON.stringify(good ?? {}), type })
    }
    if (!good) continue
    for (const field of Object.keys(good)) {
      const { [field]: _, ...without } = good
      // Missing, and with extra keys named like built-ins that cannot stand in for it.
      bad.push({ name: `${name}: no ${field}`, path, raw: JSON.stringify(without) })
      for (const key of prototypeKeys) {
        const raw = `{${JSON.stringify(key)}: ${JSON.stringify(good)}, ${JSON.stringify(without).slice(1)}`
        bad.push({ name: `${name}: no ${field}, ${key} instead`, path, raw })
      }
      for (const value of wrongValues) {
        bad.push({
          name: `${name}: ${field} wrong`,
          path,
          raw: JSON.stringify({ ...good, [field]: value }),
        })
      }
    }
  }
  // Path parameters that name no user, built-ins among them.
  for (const spec of [endpoints.adminSwitch, endpoints.adminReset, endpoints.adminUnlock]) {
    for (const id of [...prototypeKeys, 'nobody', 'a'.repeat(65), '..', 'user01%00', '%2e%2e']) {
      const path = spec.path.replace(':userId', encodeURIComponent(id))
      bad.push({ name: `${spec.path} for ${id}`, path, raw: JSON.stringify(valid.adminSwitch) })
    }
  }
  return bad
}

async function send(cookie: string, bad: Bad): Promise<Res> {
  const response = await fetch(`${BASE}${bad.path}`, {
    method: 'POST',
    headers: { 'content-type': bad.type ?? 'application/json', cookie: `bp_session=${cookie}` },
    body: bad.raw,
  })
  return { status: response.status, json: await response.json() }
}

/** What the portal shows about itself to a Portal Admin: users, audit list, mails. */
async function state() {
  const observer = await admin()
  return {
    users: (await observer.get('/api/admin/users')).json,
    audit: (await observer.get('/api/admin/audit')).json,
    mails: await mailbox(),
  }
}

it('refuses every malformed request to every endpoint as documented, and changes nothing', async () => {
  const requests = badRequests()
  // Sent as nobody and as a Portal Admin, so that requests which get past the body reach checks
  // of either kind.
  const observer = await admin()
  const before = await state()
  const undocumented: string[] = []
  let refused = 0
  for (const bad of requests) {
    for (const cookie of ['', observer.cookie, '__proto__']) {
      const res = await send(cookie, bad)
      const code = String(res.json.code)
      const documented =
        (errorCodes as readonly string[]).includes(code) &&
        code !== 'server_error' &&
        statusOf[code as keyof typeof statusOf] === res.status &&
        typeof res.json.message === 'string'
      if (documented) refused += 1
      else
        undocumented.push(
          `${bad.name} (${cookie ? 'signed in' : 'anonymous'}): ${res.status} ${code}`,
        )
    }
  }
  const sent = requests.length * 3
  console.log(`bad requests: sent ${sent}, refused as documented ${refused}`)
  expect(undocumented).toEqual([])
  expect(sent).toBeGreaterThanOrEqual(1000)
  expect(refused).toBe(sent)
  expect(await state()).toEqual(before)
  // and the portal still works for everyone
  expect(
    (await client().post('/api/login/two-step', { userId: 'user02', password: 'Secure2024' }))
      .status,
  ).toBe(200)
}, 300_000)
