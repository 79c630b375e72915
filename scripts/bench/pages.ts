/**
 * What the bench measures: every prerendered page a user can open cold, in English and in
 * Japanese, each in the state where it is valid. Guarded screens are reached the way a user
 * reaches them (logged in, in the same browser profile) before Lighthouse loads them cold.
 */
import type { Page } from '@playwright/test'
import { Secret, TOTP } from 'otpauth'

export type State = (page: Page, origin: string) => Promise<void>
export type BenchPage = { id: string; path: string; state?: State }

const ADMIN01_SECRET = 'KRSXG5CTMVRXEZLUKRSXG5CTMVRXEZLU'

async function logIn(page: Page, origin: string, path: string, userId: string, password: string) {
  await page.goto(`${origin}${path}`)
  await page.getByLabel('User ID').fill(userId)
  await page.getByLabel('Password', { exact: true }).fill(password)
  await page.getByRole('button', { name: 'Log in' }).click()
}

const inSetup =
  (userId: string, password: string): State =>
  async (page, origin) => {
    await logIn(page, origin, '/login/one-step', userId, password)
    await page.waitForURL(/\/dashboard$/)
  }

const passwordChanged =
  (userId: string, password: string): State =>
  async (page, origin) => {
    await inSetup(userId, password)(page, origin)
    await page.goto(`${origin}/setup/password`)
    await page.getByLabel('Current password').fill(password)
    await page.getByLabel('New password', { exact: true }).fill('Newpass123')
    await page.getByLabel('Confirm new password').fill('Newpass123')
    await page.getByRole('button', { name: 'Change Password' }).click()
    await page.waitForURL(/\/setup\/password\/done\/(totp|mail)$/)
  }

const challenge: State = async (page, origin) => {
  await logIn(page, origin, '/login', 'user02', 'Secure2024')
  await page.waitForURL(/\/login\/verify$/)
}

const admin: State = async (page, origin) => {
  await logIn(page, origin, '/login', 'admin01', 'Admin2024x')
  await page.waitForURL(/\/login\/verify$/)
  const now = await page.evaluate(() => Date.now())
  const code = new TOTP({ secret: Secret.fromBase32(ADMIN01_SECRET) }).generate({ timestamp: now })
  await page.getByLabel('Verify code').fill(code)
  await page.getByRole('button', { name: 'Verify', exact: true }).click()
  await page.waitForURL(/\/dashboard$/)
}

const english: BenchPage[] = [
  { id: 'chooser', path: '/' },
  { id: 'one-step', path: '/login/one-step' },
  { id: 'two-step', path: '/login' },
  { id: 'verify', path: '/login/verify', state: challenge },
  { id: 'dashboard', path: '/dashboard', state: inSetup('user01', 'welcome1') },
  { id: 'password', path: '/setup/password', state: inSetup('user01', 'welcome1') },
  {
    id: 'password-done',
    path: '/setup/password/done/totp',
    state: passwordChanged('user01', 'welcome1'),
  },
  { id: 'totp', path: '/setup/totp', state: passwordChanged('user01', 'welcome1') },
  { id: 'mail', path: '/setup/mail', state: passwordChanged('user03', 'welcome3') },
  { id: 'admin', path: '/admin', state: admin },
  { id: 'mailbox', path: '/mailbox' },
  { id: 'gallery', path: '/gallery' },
]

/** `/setup/complete` is left out: it exists only in the tab that just finished the setup. */
export const benchPages: BenchPage[] = english.flatMap((page) => [
  page,
  { ...page, id: `ja-${page.id}`, path: page.path === '/' ? '/ja' : `/ja${page.path}` },
])
