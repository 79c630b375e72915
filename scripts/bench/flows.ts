/** What the bench does in Playwright: the static baseline page and the user01 onboarding. */
import { writeFileSync } from 'node:fs'
import type { Browser } from '@playwright/test'
import { Secret, TOTP } from 'otpauth'
import {
  CHOOSER_HEADING,
  NEW_PASSWORD,
  ONE_STEP_LINK,
  PASSWORD,
  SETUP_MENU,
  USER,
} from './screens.ts'

/**
 * The chooser as the app renders it, with every script and modulepreload removed and nothing
 * inlined: the same markup and CSS, no JavaScript. Written to `file` in the served directory.
 */
export async function writeStaticChooser(
  browser: Browser,
  origin: string,
  file: string,
): Promise<void> {
  const context = await browser.newContext()
  try {
    const page = await context.newPage()
    await page.goto(`${origin}/`)
    await page.getByRole('heading', { level: 1, name: CHOOSER_HEADING }).waitFor()
    await page.waitForLoadState('networkidle')
    const html = await page.evaluate(() => document.documentElement.outerHTML)
    const stripped = `<!doctype html>\n${html
      .replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, '')
      .replace(/<link\b[^>]*\brel=["']?modulepreload["']?[^>]*>/gi, '')}\n`
    if (/<script\b|modulepreload/i.test(stripped)) throw new Error('static chooser still has JS')
    writeFileSync(file, stripped)
  } finally {
    await context.close()
  }
}

export type Onboarding = {
  totalMs: number
  /** Time spent between one step's action and the next screen, named by that screen. */
  steps: Record<string, number>
  /** Reading the setup key and computing the code: the authenticator's part, excluded. */
  excludedMs: number
}

/**
 * user01 from opening the chooser to "Congratulations!", in a fresh browser context: 1-step
 * login, the setup menu, a new password, TOTP with the code computed from the setup key.
 */
export async function onboardUser01(browser: Browser, origin: string): Promise<Onboarding> {
  const context = await browser.newContext()
  try {
    const page = await context.newPage()
    const h1 = (name: string) =>
      page.getByRole('heading', { level: 1, name, exact: true }).waitFor({ timeout: 30_000 })
    const steps: Record<string, number> = {}
    let mark = performance.now()
    const lap = (name: string) => {
      const now = performance.now()
      steps[name] = now - mark
      mark = now
    }
    const start = performance.now()

    await page.goto(`${origin}/`)
    await h1(CHOOSER_HEADING)
    lap('chooser')
    await page.getByRole('link', { name: ONE_STEP_LINK }).click()
    await h1('Log in with 1-step verification')
    lap('1-step login')
    await page.getByLabel('User ID').fill(USER)
    await page.getByLabel('Password', { exact: true }).fill(PASSWORD)
    await page.getByRole('button', { name: 'Log in' }).click()
    await h1('Dashboard')
    lap('dashboard')
    await page.getByRole('link', { name: SETUP_MENU }).click()
    await h1('Set your new password')
    lap('set password')
    await page.getByLabel('Current password').fill(PASSWORD)
    await page.getByLabel('New password', { exact: true }).fill(NEW_PASSWORD)
    await page.getByLabel('Confirm new password').fill(NEW_PASSWORD)
    await page.getByRole('button', { name: 'Change Password' }).click()
    await h1('Password changed')
    lap('password changed')
    await page.getByRole('link', { name: 'Setting the TOTP authentication' }).click()
    await h1('Set up your authenticator app')
    const key = page.getByTestId('setup-key')
    await key.waitFor()
    lap('TOTP setup')

    const authStart = performance.now()
    const secret = ((await key.textContent()) ?? '').replace(/\s+/g, '')
    const code = new TOTP({
      secret: Secret.fromBase32(secret),
      algorithm: 'SHA1',
      digits: 6,
      period: 30,
    }).generate()
    const excludedMs = performance.now() - authStart
    mark += excludedMs

    await page.getByLabel('Verify code').fill(code)
    await page.getByRole('button', { name: 'Register' }).click()
    await h1('Congratulations!')
    lap('congratulations')
    return { totalMs: performance.now() - start - excludedMs, steps, excludedMs }
  } finally {
    await context.close()
  }
}
