import { momentStyle } from '../src/i18n/catalog'
import {
  errorSummary,
  expect,
  expectAccessible,
  logIn,
  pageNow,
  snapshot,
  test,
  totp,
} from './fixtures'

const USER02_SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP'
const STEP_MS = 30_000

/** A 6-digit code that matches no time step within ±10 of `now` (so: plainly wrong). */
function wrongCode(secret: string, now: number): string {
  const near = new Set(Array.from({ length: 21 }, (_, i) => totp(secret, now + (i - 10) * STEP_MS)))
  for (let n = 0; ; n += 111_111) {
    const candidate = String(n % 1_000_000).padStart(6, '0')
    if (!near.has(candidate)) return candidate
  }
}

/** The middle of a 30-second step, a little ahead of now: Date.now() stays there. */
function midStep(): number {
  return (Math.floor(Date.now() / STEP_MS) + 2) * STEP_MS + 15_000
}

test('a wrong code is named at the field and in the error summary, which takes focus', async ({
  page,
}) => {
  await logIn(page, 'two-step', 'user02', 'Secure2024')
  await expect(page).toHaveURL(/\/login\/verify$/)
  const field = page.getByLabel('Verify code')
  const wrong = wrongCode(USER02_SECRET, await pageNow(page))
  await field.fill(wrong)
  await page.getByRole('button', { name: 'Verify', exact: true }).click()

  const message =
    'The code is not right. Check your authenticator app and enter the code it shows now. 4 attempts left before the account is locked.'
  await expect(errorSummary(page)).toBeFocused()
  await expect(errorSummary(page)).toContainText(message)
  await expect(field).toHaveAccessibleDescription(new RegExp(message.replaceAll('.', '\\.')))
  await expect(field).toHaveAttribute('aria-invalid', 'true')
  await expect(field).toHaveValue(wrong) // what was typed is still there to check
  await expect(page).toHaveURL(/\/login\/verify$/)
  await expectAccessible(page)
  await snapshot(page, 'S7-verify-wrong-code')

  // the summary links to the field
  await errorSummary(page).getByRole('link', { name: message }).click()
  await expect(field).toBeFocused()

  await field.fill(totp(USER02_SECRET, await pageNow(page)))
  await page.getByRole('button', { name: 'Verify', exact: true }).click()
  await expect(page).toHaveURL(/\/dashboard$/)
})

test('a code used once cannot be used again in the same time step', async ({ page }) => {
  const start = midStep()
  await page.clock.setFixedTime(start)
  const code = totp(USER02_SECRET, start)

  await logIn(page, 'two-step', 'user02', 'Secure2024')
  await page.getByLabel('Verify code').fill(code)
  await page.getByRole('button', { name: 'Verify', exact: true }).click()
  await expect(page).toHaveURL(/\/dashboard$/)
  await page.getByRole('button', { name: 'Log out' }).click()
  await expect(page.getByText('You have logged out.')).toBeVisible()

  await logIn(page, 'two-step', 'user02', 'Secure2024')
  await expect(page).toHaveURL(/\/login\/verify$/)
  await page.getByLabel('Verify code').fill(code)
  await page.getByRole('button', { name: 'Verify', exact: true }).click()
  await expect(errorSummary(page)).toBeFocused()
  await expect(errorSummary(page)).toContainText(
    'This code has already been used. Wait for your app to show a new code, then enter it.',
  )
  await expect(page).toHaveURL(/\/login\/verify$/)

  // doing what the message says works
  await page.clock.setFixedTime(start + STEP_MS)
  await page.getByLabel('Verify code').fill(totp(USER02_SECRET, start + STEP_MS))
  await page.getByRole('button', { name: 'Verify', exact: true }).click()
  await expect(page).toHaveURL(/\/dashboard$/)
})

test('a code from a device whose clock is off says so, and by about how much', async ({ page }) => {
  // the middle of a time step: the portal's check cannot fall into the next step
  const start = midStep()
  await page.clock.setFixedTime(start)
  await logIn(page, 'two-step', 'user02', 'Secure2024')
  await expect(page).toHaveURL(/\/login\/verify$/)
  const behind = totp(USER02_SECRET, start - 3 * 60_000)
  await page.getByLabel('Verify code').fill(behind)
  await page.getByRole('button', { name: 'Verify', exact: true }).click()
  await expect(errorSummary(page)).toBeFocused()
  await expect(errorSummary(page)).toContainText(
    'The clock on your device looks about 3 min off: set it to the network time',
  )
  await expect(page.getByLabel('Verify code')).toHaveAccessibleDescription(/looks about 3 min off/)
})

test('5 wrong passwords lock the account, and the message says until when and who can unlock', async ({
  page,
}) => {
  const start = midStep()
  await page.clock.setFixedTime(start)
  await logIn(page, 'two-step', 'nobody99', 'Secure2024')
  const wrongCredentials = 'The user ID or password is not right.'
  await expect(errorSummary(page)).toContainText(wrongCredentials) // unknown ID: same words

  const userId = page.getByLabel('User ID')
  const password = page.getByLabel('Password', { exact: true })
  await userId.fill('user02')
  await password.fill('Secure2023')
  // no attempts-left count here: it would tell a real user ID from an unknown one
  for (let attempt = 1; attempt <= 4; attempt++) {
    const answered = page.waitForResponse((r) => r.url().includes('/api/login/two-step'))
    await page.getByRole('button', { name: 'Log in' }).click()
    expect((await answered).status()).toBe(401)
    await expect(errorSummary(page)).toHaveText(`There is a problem${wrongCredentials}`)
    await expect(errorSummary(page)).toBeFocused()
    // what was typed is kept
    await expect(userId).toHaveValue('user02')
    await expect(password).toHaveValue('Secure2023')
  }

  await page.getByRole('button', { name: 'Log in' }).click()
  // In the page's time zone, as the user reads it.
  const until = await page.evaluate(([t, style]) => new Date(t).toLocaleString('en', style), [
    start + 15 * 60_000,
    momentStyle,
  ] as const)
  const locked = `After 5 failed attempts, this account is locked. Try again after ${until}, or ask your Portal Admin to unlock it.`
  await expect(errorSummary(page)).toContainText(locked)
  await expect(errorSummary(page)).toBeFocused()
  await expectAccessible(page)
  await snapshot(page, 'S7-locked')

  // locked means locked: the right password is refused too, on either login
  await password.fill('Secure2024')
  const refused = page.waitForResponse((r) => r.url().includes('/api/login/two-step'))
  await page.getByRole('button', { name: 'Log in' }).click()
  expect((await refused).status()).toBe(423)
  await expect(page).toHaveURL(/\/login$/)
  await expect(errorSummary(page)).toContainText(locked)
  await logIn(page, 'one-step', 'user02', 'Secure2024')
  await expect(errorSummary(page)).toContainText(locked)
})
