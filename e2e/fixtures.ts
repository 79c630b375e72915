import AxeBuilder from '@axe-core/playwright'
import { test as base, expect, type Page } from '@playwright/test'
import jsQR from 'jsqr'
import { Secret, TOTP } from 'otpauth'
import { PNG } from 'pngjs'

/** The API's honest 4xx answers show in Chrome's console as failed loads; those are not errors. */
const expectedNetworkNoise = /Failed to load resource: the server responded with a status of 4\d\d/

export const test = base.extend<{ consoleErrors: string[] }>({
  consoleErrors: [
    async ({ page }, use) => {
      const errors: string[] = []
      page.on('console', (m) => {
        if (m.type() === 'error' && !expectedNetworkNoise.test(m.text())) errors.push(m.text())
      })
      page.on('pageerror', (e) => errors.push(e.message))
      await use(errors)
      expect(errors, 'console errors').toEqual([])
    },
    { auto: true },
  ],
})
export { expect }

/** axe with the WCAG 2.2 A/AA rules; no violations allowed. */
export async function expectAccessible(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
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
  const qr = page.getByRole('img', { name: /QR code/ })
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
