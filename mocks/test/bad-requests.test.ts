// @vitest-environment node
import { describe, it } from 'vitest'
import type { ErrorCode } from '../../src/contract'
import { type Client, codeAt, NEW_PASSWORD, type Res, USER02_SECRET, withPortal } from './helpers'
import {
  admin01,
  anonymous,
  expectRefused,
  type Scene,
  user01Setup,
  user01Step5,
  user02Challenge,
  user02Full,
  user02LoggedOut,
} from './refusals'

withPortal()

type Row = {
  name: string
  scene: () => Promise<Scene>
  send: (c: Client) => Promise<Res>
  status: number
  code: ErrorCode
}

const user02 = () => anonymous('user02')
const newPassword = {
  currentPassword: 'welcome1',
  newPassword: NEW_PASSWORD,
  confirmPassword: NEW_PASSWORD,
}

function rows(status: number, code: ErrorCode, list: Omit<Row, 'status' | 'code'>[]): Row[] {
  return list.map((row) => ({ ...row, status, code }))
}

const shape = rows(400, 'bad_request', [
  {
    name: 'malformed JSON at the 1-step login',
    scene: user02,
    send: (c) => c.raw('/api/login/one-step', '{"userId": "user02", "password": '),
  },
  {
    name: 'malformed JSON at the 2-step login',
    scene: user02,
    send: (c) => c.raw('/api/login/two-step', "{userId: 'user02'}"),
  },
  {
    name: 'a JSON array instead of an object',
    scene: user02,
    send: (c) => c.raw('/api/login/two-step', '["user02", "Secure2024"]'),
  },
  {
    name: 'a bare JSON string as the body',
    scene: user02,
    send: (c) => c.raw('/api/login/two-step', '"user02"'),
  },
  {
    name: 'login without a password',
    scene: user02,
    send: (c) => c.post('/api/login/two-step', { userId: 'user02' }),
  },
  {
    name: 'login without a user ID',
    scene: user02,
    send: (c) => c.post('/api/login/two-step', { password: 'Secure2024' }),
  },
  {
    name: 'login with an empty password',
    scene: user02,
    send: (c) => c.post('/api/login/two-step', { userId: 'user02', password: '' }),
  },
  {
    name: 'login with a user ID of spaces only',
    scene: user02,
    send: (c) => c.post('/api/login/one-step', { userId: '   ', password: 'Secure2024' }),
  },
  {
    name: 'login with a number as the user ID',
    scene: user02,
    send: (c) => c.post('/api/login/two-step', { userId: 2, password: 'Secure2024' }),
  },
  {
    name: 'login with null as the password',
    scene: user02,
    send: (c) => c.post('/api/login/two-step', { userId: 'user02', password: null }),
  },
  {
    name: 'login with a 65-character user ID',
    scene: user02,
    send: (c) => c.post('/api/login/one-step', { userId: 'u'.repeat(65), password: 'x' }),
  },
  {
    name: 'verify without a code',
    scene: user02Challenge,
    send: (c) => c.post('/api/login/verify', {}),
  },
  {
    name: 'verify with the code as a number',
    scene: user02Challenge,
    send: (c) => c.post('/api/login/verify', { code: Number(codeAt(USER02_SECRET)) }),
  },
  {
    name: 'malformed JSON at verify',
    scene: user02Challenge,
    send: (c) => c.raw('/api/login/verify', `{"code": "${codeAt(USER02_SECRET)}"`),
  },
  {
    name: 'password change without the confirmation',
    scene: user01Setup,
    send: (c) =>
      c.post('/api/setup/password', { currentPassword: 'welcome1', newPassword: NEW_PASSWORD }),
  },
  {
    name: 'password change with an empty current password',
    scene: user01Setup,
    send: (c) => c.post('/api/setup/password', { ...newPassword, currentPassword: '' }),
  },
  {
    name: 'password change with a number as the new password',
    scene: user01Setup,
    send: (c) => c.post('/api/setup/password', { ...newPassword, newPassword: 12345678 }),
  },
  {
    name: 'register without a code',
    scene: user01Step5,
    send: (c) => c.post('/api/setup/totp/register', { token: '123456' }),
  },
  {
    name: 'malformed JSON at log out (the session stays)',
    scene: user02Full,
    send: (c) => c.raw('/api/logout', '{'),
  },
])

const noSession = [
  ...rows(401, 'unauthenticated', [
    { name: 'who am I without a session', scene: user02, send: (c) => c.get('/api/session') },
    {
      name: 'keep-alive without a session',
      scene: user02,
      send: (c) => c.post('/api/session/keepalive'),
    },
    {
      name: 'verify without a session',
      scene: user02,
      send: (c) => c.post('/api/login/verify', { code: codeAt(USER02_SECRET) }),
    },
    {
      name: 'password change without a session',
      scene: () => anonymous('user01'),
      send: (c) => c.post('/api/setup/password', newPassword),
    },
    {
      name: 'TOTP setup start without a session',
      scene: user02,
      send: (c) => c.post('/api/setup/totp'),
    },
    {
      name: 'mail code send without a session',
      scene: user02,
      send: (c) => c.post('/api/setup/mail/send'),
    },
    { name: 'user list without a session', scene: user02, send: (c) => c.get('/api/admin/users') },
    {
      name: 'reset without a session',
      scene: user02,
      send: (c) => c.post('/api/admin/users/user02/reset'),
    },
    {
      name: 'who am I after log out',
      scene: user02LoggedOut,
      send: (c) => c.get('/api/session'),
    },
    {
      name: 'keep-alive after log out',
      scene: user02LoggedOut,
      send: (c) => c.post('/api/session/keepalive'),
    },
    {
      name: 'verify after log out',
      scene: user02LoggedOut,
      send: (c) => c.post('/api/login/verify', { code: codeAt(USER02_SECRET, 1) }),
    },
  ]),
]

const wrongStep = rows(409, 'wrong_step', [
  {
    name: 'TOTP setup start before the password change',
    scene: user01Setup,
    send: (c) => c.post('/api/setup/totp'),
  },
  {
    name: 'TOTP register before the password change',
    scene: user01Setup,
    send: (c) => c.post('/api/setup/totp/register', { code: '123456' }),
  },
  {
    name: 'mail setup for a TOTP user',
    scene: user01Step5,
    send: (c) => c.post('/api/setup/mail/send'),
  },
  {
    name: 'verify in a 1-step login session',
    scene: user01Setup,
    send: (c) => c.post('/api/login/verify', { code: '123456' }),
  },
  {
    name: 'password change during the 2-step login',
    scene: user02Challenge,
    send: (c) =>
      c.post('/api/setup/password', {
        currentPassword: 'Secure2024',
        newPassword: 'Secure2025',
        confirmPassword: 'Secure2025',
      }),
  },
  {
    name: 'mail resend for a TOTP user',
    scene: user02Challenge,
    send: (c) => c.post('/api/login/resend'),
  },
  {
    name: 'verify again when already logged in',
    scene: user02Full,
    send: (c) => c.post('/api/login/verify', { code: codeAt(USER02_SECRET, 1) }),
  },
  {
    name: 'TOTP setup start for a registered user',
    scene: user02Full,
    send: (c) => c.post('/api/setup/totp'),
  },
])

const forbidden = rows(403, 'forbidden', [
  {
    name: 'user list as a general user',
    scene: user02Full,
    send: (c) => c.get('/api/admin/users'),
  },
  {
    name: 'audit list as a general user',
    scene: user02Full,
    send: (c) => c.get('/api/admin/audit'),
  },
  {
    name: 'method switch as a general user',
    scene: user02Full,
    send: (c) => c.post('/api/admin/users/user01/method', { method: 'mail' }),
  },
  {
    name: 'reset as a general user in setup',
    scene: user01Setup,
    send: (c) => c.post('/api/admin/users/user02/reset'),
  },
  {
    name: 'unlock as a general user in the 2-step login',
    scene: user02Challenge,
    send: (c) => c.post('/api/admin/users/user02/unlock'),
  },
  {
    name: 'method choice (STEP4) by a general user',
    scene: user01Setup,
    send: (c) => c.post('/api/setup/method', { method: 'mail' }),
  },
  {
    name: 'switching another admin',
    scene: admin01,
    send: (c) => c.post('/api/admin/users/admin02/method', { method: 'mail' }),
  },
])

describe('bad requests are refused and change nothing', () => {
  it.each([...shape, ...noSession, ...wrongStep, ...forbidden])(
    '$status $code: $name',
    async ({ scene, send, status, code }) => {
      await expectRefused(await scene(), send, status, code)
    },
  )
})
