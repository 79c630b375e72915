// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { totpCode } from '../totp'
import { client, withMockPortal } from './client'

withMockPortal()

describe('smoke', () => {
  it('user01 sets up TOTP', async () => {
    const c = client()
    const login = await c.post('/api/login/one-step', { userId: 'user01', password: 'welcome1' })
    expect(login.status).toBe(200)
    const pw = await c.post('/api/setup/password', {
      currentPassword: 'welcome1',
      newPassword: 'Newpass123',
      confirmPassword: 'Newpass123',
    })
    expect(pw.status).toBe(200)
    const start = await c.post('/api/setup/totp')
    expect(start.status).toBe(200)
    const secret = String(start.json.secret)
    const reg = await c.post('/api/setup/totp/register', {
      code: await totpCode(secret, Date.now()),
    })
    expect(reg.json).toEqual({ ok: true })
    const again = await c.get('/api/session')
    expect(again.status).toBe(401)
  })
})
