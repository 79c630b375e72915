/**
 * The screens the bench audits, and how a fresh browser gets to a state where each is valid:
 * the public ones need nothing, the setup ones a 1-step login of user01 (and, for TOTP, the
 * password changed first), done in the page before Lighthouse loads the screen itself.
 */
import type { Page } from '@playwright/test'

export const USER = 'user01'
export const PASSWORD = 'welcome1'
export const NEW_PASSWORD = 'Newpass123'
export const ONE_STEP_LINK = 'Log in with 1-step verification (old authentication method)'
export const SETUP_MENU = 'Initial setting for 2-step verification'

export type Screen = {
  id: string
  name: string
  path: string
  /** The h1 the screen shows; the bench checks it before the audit. */
  heading: string
  /** Brings a fresh browser's page to a state where `path` is the screen named. */
  prepare?: (page: Page, origin: string) => Promise<void>
  /** The physical baseline: static HTML, no JavaScript. */
  baseline?: boolean
  /** A reference page: the static baseline plus a minimal app on the same stack. */
  minimal?: boolean
}

async function waitForHeading(page: Page, name: string): Promise<void> {
  await page.getByRole('heading', { level: 1, name, exact: true }).waitFor({ timeout: 30_000 })
}

export async function logInOneStep(page: Page, origin: string): Promise<void> {
  await page.goto(`${origin}/login/one-step`)
  await page.getByLabel('User ID').fill(USER)
  await page.getByLabel('Password', { exact: true }).fill(PASSWORD)
  await page.getByRole('button', { name: 'Log in' }).click()
  await page.waitForURL(/\/dashboard$/, { timeout: 30_000 })
}

export async function changePassword(page: Page, origin: string): Promise<void> {
  await page.goto(`${origin}/setup/password`)
  await waitForHeading(page, 'Set your new password')
  await page.getByLabel('Current password').fill(PASSWORD)
  await page.getByLabel('New password', { exact: true }).fill(NEW_PASSWORD)
  await page.getByLabel('Confirm new password').fill(NEW_PASSWORD)
  await page.getByRole('button', { name: 'Change Password' }).click()
  await page.waitForURL(/\/setup\/password\/done$/, { timeout: 30_000 })
}

export const CHOOSER_HEADING = 'Log in to Business Portal'

export const screens: Screen[] = [
  {
    id: 'static',
    name: 'Static baseline',
    path: '/static-chooser.html',
    heading: CHOOSER_HEADING,
    baseline: true,
  },
  {
    id: 'minimal-react',
    name: 'Minimal: React',
    path: '/minimal-react.html',
    heading: CHOOSER_HEADING,
    minimal: true,
  },
  {
    id: 'minimal-router',
    name: 'Minimal: React + React Router',
    path: '/minimal-router.html',
    heading: CHOOSER_HEADING,
    minimal: true,
  },
  { id: 'chooser', name: 'Login chooser', path: '/', heading: CHOOSER_HEADING },
  {
    id: 'one-step',
    name: '1-step login',
    path: '/login/one-step',
    heading: 'Log in with 1-step verification',
  },
  {
    id: 'password',
    name: 'Set password',
    path: '/setup/password',
    heading: 'Set your new password',
    prepare: logInOneStep,
  },
  {
    id: 'totp',
    name: 'TOTP setup',
    path: '/setup/totp',
    heading: 'Set up your authenticator app',
    prepare: async (page, origin) => {
      await logInOneStep(page, origin)
      await changePassword(page, origin)
    },
  },
]

/** Opens `screen` in `page` and waits for its heading: proof the prepared state is valid. */
export async function checkScreen(page: Page, origin: string, screen: Screen): Promise<void> {
  await page.goto(`${origin}${screen.path}`)
  await waitForHeading(page, screen.heading)
  const path = new URL(page.url()).pathname
  if (path !== screen.path) throw new Error(`${screen.path} ended on ${path}`)
}
