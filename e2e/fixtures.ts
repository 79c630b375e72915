import AxeBuilder from '@axe-core/playwright'
import {
  type Browser,
  type BrowserContext,
  test as base,
  expect,
  type Locator,
  type Page,
} from '@playwright/test'
import jsQR from 'jsqr'
import { Secret, TOTP } from 'otpauth'
import { PNG } from 'pngjs'

/**
 * Not app errors: the API's honest 4xx answers show in Chrome's console as failed loads, and msw
 * fires an unawaited `registration.update()` when it reloads a page the worker did not control yet
 * (a navigation during the worker's install), which Chrome logs as a failed update.
 */
const expectedNetworkNoise = [
  /Failed to load resource: the server responded with a status of 4\d\d/,
  /Failed to update a ServiceWorker for scope .*mock-portal-worker\.js/,
]

export const test = base.extend<{ consoleErrors: string[] }>({
  consoleErrors: [
    async ({ page }, use) => {
      const errors: string[] = []
      page.on('console', (m) => {
        if (m.type() === 'error' && !expectedNetworkNoise.some((re) => re.test(m.text()))) {
          errors.push(m.text())
        }
      })
      page.on('pageerror', (e) => errors.push(e.message))
      await use(errors)
      expect(errors, 'console errors').toEqual([])
    },
    { auto: true },
  ],
})
export { expect }

const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']

/**
 * axe with the WCAG 2.2 A/AA rules; no violations allowed.
 * Legacy mode (the app has no cross-origin frames) and violations-only results halve the time
 * each check takes, without changing which violations are found.
 */
export async function expectAccessible(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page })
    .setLegacyMode(true)
    .options({ runOnly: { type: 'tag', values: wcagTags }, resultTypes: ['violations'] })
    .analyze()
  const found = results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  )
  expect(found, 'axe violations').toEqual([])
}

/** Full-page PNGs at phone and desktop width, kept as test artefacts. */
export async function snapshot(page: Page, name: string): Promise<void> {
  const original = page.viewportSize() ?? { width: 1280, height: 900 }
  for (const width of [360, 1280]) {
    await page.setViewportSize({ width, height: 900 })
    await page.screenshot({ path: `test-results/screens/${name}-${width}.png`, fullPage: true })
  }
  await page.setViewportSize(original)
}

/** Reads the otpauth URI the way a phone does: from a picture of the QR code. */
export async function scanQr(page: Page): Promise<string> {
  const qr = page.getByRole('img', { name: /QR code|QRコード/ })
  const png = PNG.sync.read(await qr.screenshot())
  const decoded = jsQR(new Uint8ClampedArray(png.data), png.width, png.height)
  if (!decoded) throw new Error('QR code could not be decoded from the screenshot')
  return decoded.data
}

export function secretOf(uri: string): string {
  const secret = new URL(uri).searchParams.get('secret')
  if (!secret) throw new Error(`no secret in ${uri}`)
  return secret
}

/** What an authenticator app would show at `timestamp` (ms). */
export function totp(secret: string, timestamp: number): string {
  return new TOTP({
    secret: Secret.fromBase32(secret),
    algorithm: 'SHA1',
    digits: 6,
    period: 30,
  }).generate({
    timestamp,
  })
}

/** The time the page believes it is (it may run on a Playwright clock). */
export function pageNow(page: Page): Promise<number> {
  return page.evaluate(() => Date.now())
}

export async function logIn(
  page: Page,
  kind: 'one-step' | 'two-step',
  userId: string,
  password: string,
) {
  await page.goto(kind === 'one-step' ? '/login/one-step' : '/login')
  await page.getByLabel('User ID').fill(userId)
  await page.getByLabel('Password', { exact: true }).fill(password)
  await page.getByRole('button', { name: 'Log in' }).click()
}

/** Newest mail to `to` in the mock's Mailbox page, and the 6-digit code in it. */
export async function codeFromMailbox(page: Page, to: string): Promise<string> {
  await page.getByRole('link', { name: 'Mailbox' }).click()
  const mail = page
    .getByRole('article')
    .filter({ hasText: `To ${to}` })
    .first()
  const text = (await mail.textContent()) ?? ''
  const code = text.match(/code is (\d{6})/)?.[1]
  if (!code) throw new Error(`no code in the newest mail to ${to}: ${text}`)
  return code
}

/** The guide's exact link names (DESIGN.md section 1). */
export const TWO_STEP_LINK = 'Log in with 2-step verification (new authentication method)'
export const ONE_STEP_LINK = 'Log in with 1-step verification (old authentication method)'
export const SETUP_MENU = 'Initial setting for 2-step verification'

/** A moment as the portal writes it in English: date, time (no leading zero) and zone. */
export const MOMENT = /^\w+ \d{1,2}, \d{4} at (?:[1-9]|1[0-2]):\d\d\s[AP]M \S+$/

/** The GOV.UK-style error summary (the element that takes focus on a refused submit). */
export function errorSummary(page: Page): Locator {
  return page.locator('.error-summary', {
    has: page.getByRole('heading', { name: 'There is a problem' }),
  })
}

/** STEPn is the current one in the step indicator; 6 means all five are done. */
export async function expectStep(page: Page, step: number): Promise<void> {
  const steps = page.getByRole('navigation', { name: 'Initial setting progress' })
  await expect(steps.getByRole('listitem')).toHaveCount(5)
  const current = steps.locator('[aria-current="step"]')
  if (step > 5) {
    await expect(current).toHaveCount(0)
    await expect(steps.getByRole('listitem').filter({ hasText: '(done)' })).toHaveCount(5)
  } else {
    await expect(current).toHaveCount(1)
    await expect(current).toContainText(new RegExp(`^STEP${step}\\b`))
  }
}

/** On the login chooser (S0), wherever the app sent us. */
export async function expectChooser(page: Page): Promise<void> {
  await expect(page).toHaveURL(/\/(\?.*)?$/)
  await expect(page.getByRole('link', { name: TWO_STEP_LINK })).toBeVisible()
}

/** The 2-step login through to the dashboard, with the app code of the page's current time. */
export async function logInWithTotp(
  page: Page,
  userId: string,
  password: string,
  secret: string,
): Promise<void> {
  await logIn(page, 'two-step', userId, password)
  await expect(page).toHaveURL(/\/login\/verify$/)
  await page.getByLabel('Verify code').fill(totp(secret, await pageNow(page)))
  await page.getByRole('button', { name: 'Verify', exact: true }).click()
  await expect(page).toHaveURL(/\/dashboard$/)
}

/**
 * Another person's browser on the same mock portal: the portal's stored state (the mock
 * server's "disk", kept in the origin's storage) is carried over; cookies (sessions) are not.
 */
export async function samePortal(browser: Browser, from: BrowserContext): Promise<BrowserContext> {
  const { origins } = await from.storageState()
  return browser.newContext({ storageState: { cookies: [], origins } })
}

/** Console errors of a page that is not the test's own `page` (which the fixture watches). */
export function watchConsole(page: Page): string[] {
  const errors: string[] = []
  page.on('console', (m) => {
    if (m.type() === 'error' && !expectedNetworkNoise.some((re) => re.test(m.text()))) {
      errors.push(m.text())
    }
  })
  page.on('pageerror', (e) => errors.push(e.message))
  return errors
}

/**
 * Opens the Mailbox in a second tab of the same browser (the page keeps its place) and returns
 * the code of the newest mail to `to` that carries one, waiting for a code not in `seen`.
 */
export async function mailCodeInNewTab(
  page: Page,
  to: string,
  seen: readonly string[] = [],
): Promise<string> {
  const inbox = await page.context().newPage()
  const mails = inbox.getByRole('list', { name: 'Mails, newest first' }).getByRole('article')
  let code = ''
  try {
    await inbox.goto('/mailbox')
    await expect(inbox.getByRole('heading', { level: 1, name: 'Mailbox' })).toBeVisible()
    await expect
      .poll(
        async () => {
          // Read only a loaded list; look again (reload) only when the code is not there yet.
          await mails.first().waitFor({ timeout: 20_000 })
          const texts = await mails.filter({ hasText: `To ${to}` }).allTextContents()
          code = texts.map((t) => t.match(/code is (\d{6})/)?.[1]).find(Boolean) ?? ''
          const fresh = code !== '' && !seen.includes(code)
          if (!fresh) await inbox.reload()
          return fresh
        },
        { timeout: 30_000 },
      )
      .toBe(true)
  } finally {
    await inbox.close()
  }
  return code
}

/** From the dashboard of a user in setup: STEP3 with a new password that meets every rule. */
export async function changePasswordAtStep3(page: Page, current: string, next: string) {
  await page.getByRole('link', { name: 'Initial setting for 2-step verification' }).click()
  await page.getByLabel('Current password').fill(current)
  await page.getByLabel('New password', { exact: true }).fill(next)
  await page.getByLabel('Confirm new password').fill(next)
  await page.getByRole('button', { name: 'Change Password' }).click()
  await expect(page.getByText('Your password has been changed.')).toBeVisible()
}

/**
 * Holds back the app's scripts, as a slow network would: the prerendered page paints and takes
 * input without them. Call the returned function to let them load.
 */
export async function holdScripts(page: Page): Promise<() => void> {
  let release = () => {}
  const held = new Promise<void>((resolve) => {
    release = resolve
  })
  await page.route('**/assets/*.js', async (route) => {
    await held
    await route.continue()
  })
  return release
}

/**
 * user01 logged in with the 1-step login on a clock the test moves, and one more tab of the same
 * browser (same session) at each of `paths`, each showing the signed-in header.
 */
export async function signedInTabs<const P extends readonly string[]>(
  page: Page,
  paths: P,
): Promise<{ [K in keyof P]: Page }> {
  await page.clock.install()
  await logIn(page, 'one-step', 'user01', 'welcome1')
  await expect(page).toHaveURL(/\/dashboard$/)
  const tabs: Page[] = []
  for (const path of paths) {
    const tab = await page.context().newPage()
    await tab.goto(path)
    await expect(tab.getByRole('button', { name: 'Log out' })).toBeVisible()
    tabs.push(tab)
  }
  return tabs as { [K in keyof P]: Page }
}
