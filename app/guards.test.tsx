import { act, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { Secret, TOTP } from 'otpauth'
import { describe, expect, it } from 'vitest'
import { demoAccounts } from '../mocks/door'
import { server } from '../mocks/node'
import { api } from '../src/lib/api'
import { renderAt, withPortal } from '../src/test/render'

withPortal()

const NEW_PASSWORD = 'Newpass123'

/**
 * The Portal Admin, in a browser of their own: another host, since msw keeps the cookies it
 * sets by host and the app under test has the portal's.
 */
function portalAdmin() {
  let cookie = ''
  return async (path: string, body: unknown) => {
    const response = await fetch(`http://admin-browser.test${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify(body),
    })
    expect(response.status, path).toBe(200)
    cookie = response.headers.get('set-cookie')?.split(';')[0] ?? cookie
  }
}

async function logInAdmin01() {
  const admin01 = demoAccounts.find((account) => account.userId === 'admin01')
  if (!admin01?.secret) throw new Error('no demo admin01 with a TOTP secret')
  const post = portalAdmin()
  await post('/api/login/two-step', { userId: 'admin01', password: admin01.password })
  const app = new TOTP({ secret: Secret.fromBase32(admin01.secret) })
  await post('/api/login/verify', { code: app.generate() })
  return post
}

async function passwordChanged() {
  await api('loginOneStep', { userId: 'user01', password: 'welcome1' })
  const password = { currentPassword: 'welcome1', newPassword: NEW_PASSWORD }
  await api('changePassword', { ...password, confirmPassword: NEW_PASSWORD })
}

/** The user comes back to the tab (from their authenticator app, say). */
const returnToTab = () =>
  act(() => document.dispatchEvent(new Event('visibilitychange', { bubbles: true })))

const chooser = () => screen.findByRole('heading', { level: 1, name: 'Log in to Business Portal' })

describe('a guarded screen asks the portal again when the user comes back to the tab', () => {
  it("goes to the chooser, saying why, when a Portal Admin's switch ended the session", async () => {
    await passwordChanged()
    renderAt('/setup/password/done/totp')
    expect(
      await screen.findByRole('link', { name: 'Setting the TOTP authentication' }),
    ).toBeVisible()

    const admin = await logInAdmin01()
    await admin('/api/admin/users/user01/method', { method: 'mail' })
    returnToTab()

    expect(await chooser()).toBeVisible()
    expect(screen.getByRole('status')).toHaveTextContent(
      /The portal has ended your session: .* your Portal Admin may have changed your 2-step verification/,
    )
    expect(screen.queryByRole('link', { name: 'Setting the TOTP authentication' })).toBeNull()
  })

  it('keeps the screen, its secret and what was typed while the session holds', async () => {
    await passwordChanged()
    renderAt('/setup/totp')
    const key = await screen.findByTestId('setup-key')
    await waitFor(() => expect(key).toHaveTextContent(/^\w{4} \w{4}/))
    const secret = key.textContent
    await userEvent.type(screen.getByRole('textbox'), '123')
    let asked = 0
    server.events.on('response:mocked', ({ request }) => {
      if (new URL(request.url).pathname === '/api/session') asked++
    })
    returnToTab()

    await waitFor(() => expect(asked).toBeGreaterThan(0))
    server.events.removeAllListeners()
    await act(async () => {})
    expect(
      screen.getByRole('heading', { level: 1, name: 'Set up your authenticator app' }),
    ).toBeVisible()
    expect(screen.getByTestId('setup-key').textContent).toBe(secret)
    expect(screen.getByRole('textbox')).toHaveValue('123')
  })

  it('a code sent after the portal ended the session leads to the chooser, saying so', async () => {
    await passwordChanged()
    renderAt('/setup/totp')
    await waitFor(() => expect(screen.getByTestId('setup-key')).toHaveTextContent(/^\w{4} \w{4}/))
    const admin = await logInAdmin01()
    await admin('/api/admin/users/user01/method', { method: 'mail' })

    await userEvent.type(screen.getByRole('textbox'), '123456')
    await userEvent.click(screen.getByRole('button', { name: 'Register' }))

    expect(await chooser()).toBeVisible()
    expect(screen.getByRole('status')).toHaveTextContent(/The portal has ended your session/)
    expect(screen.queryByText(/may have been done/)).toBeNull()
  })

  it('sends a browser that never had a session to the chooser without a word', async () => {
    renderAt('/dashboard')
    expect(await chooser()).toBeVisible()
    expect(screen.queryByText(/ended your session/)).toBeNull()
  })
})
