import type { Locator, Page } from '@playwright/test'
import {
  expect,
  expectStep,
  ONE_STEP_LINK,
  pageNow,
  SETUP_MENU,
  scanQr,
  secretOf,
  test,
  totp,
} from './fixtures'

const NEW_PASSWORD = 'Keyboard2025'

const isFocused = (target: Locator) => target.evaluate((el) => el === document.activeElement)

/** What the focused element shows: a 3 px outline (or a ring) that a sighted keyboard user sees. */
async function expectFocusVisible(page: Page) {
  const ring = await page.evaluate(() => {
    const el = document.activeElement
    if (!el || el === document.body) return 'nothing focused'
    const style = getComputedStyle(el)
    const outline = style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) >= 2
    return outline || style.boxShadow !== 'none' ? 'visible' : `no focus ring on ${el.outerHTML}`
  })
  expect(ring).toBe('visible')
}

/** Tab (or Shift+Tab) until `target` has focus, as a keyboard user would; no clicks. */
async function tabTo(page: Page, target: Locator, key: 'Tab' | 'Shift+Tab' = 'Tab') {
  for (let presses = 0; presses < 40; presses++) {
    if (await isFocused(target)) {
      await expectFocusVisible(page)
      return
    }
    await page.keyboard.press(key)
  }
  throw new Error(`${key} never reached ${target}`)
}

async function expectHeadingFocused(page: Page, name: string | RegExp) {
  const heading = page.getByRole('heading', { level: 1 })
  await expect(heading).toHaveText(name)
  await expect(heading).toBeFocused()
}

test('user01 does the whole onboarding with the keyboard only', async ({ page }) => {
  test.slow()
  await page.clock.install()
  await page.goto('/')

  // S0: the first Tab reaches the skip link, then the old login's link
  await page.keyboard.press('Tab')
  await expect(page.getByRole('link', { name: 'Skip to main content' })).toBeFocused()
  await expectFocusVisible(page)
  await tabTo(page, page.getByRole('link', { name: ONE_STEP_LINK }))
  await page.keyboard.press('Enter')

  // S1: focus is on the new screen's heading; type the old credentials, submit with Enter
  await expectHeadingFocused(page, 'Log in with 1-step verification')
  await expectStep(page, 1)
  await tabTo(page, page.getByLabel('User ID'))
  await page.keyboard.type('user01')
  await tabTo(page, page.getByLabel('Password', { exact: true }))
  await page.keyboard.type('welcome1')
  await page.keyboard.press('Enter')

  // S2: the setup menu sits above the heading: Shift+Tab back to it
  await expectHeadingFocused(page, 'Dashboard')
  await tabTo(page, page.getByRole('link', { name: SETUP_MENU }), 'Shift+Tab')
  await page.keyboard.press('Enter')

  // S3: an empty submit puts focus on the error summary; its link takes focus to the field
  await expectHeadingFocused(page, 'Set your new password')
  await tabTo(page, page.getByRole('button', { name: 'Change Password' }))
  await page.keyboard.press('Enter')
  const summary = page.locator('.error-summary')
  await expect(summary).toBeFocused()
  await expectFocusVisible(page)
  await tabTo(page, summary.getByRole('link', { name: 'Enter your current password' }))
  await page.keyboard.press('Enter')
  const current = page.getByLabel('Current password')
  await expect(current).toBeFocused()
  await page.keyboard.type('welcome1')
  // Show the new password with Space on its button; the typing stays
  await tabTo(page, page.getByLabel('New password', { exact: true }))
  await page.keyboard.type(NEW_PASSWORD)
  await tabTo(page, page.getByRole('button', { name: 'Show New password' }))
  await page.keyboard.press('Space')
  await expect(page.getByLabel('New password', { exact: true })).toHaveAttribute('type', 'text')
  await expect(page.getByLabel('New password', { exact: true })).toHaveValue(NEW_PASSWORD)
  await tabTo(page, page.getByLabel('Confirm new password'))
  await page.keyboard.type(NEW_PASSWORD)
  await page.keyboard.press('Enter')

  // S4: on to TOTP
  await expectHeadingFocused(page, 'Password changed')
  await expectStep(page, 4)
  await tabTo(page, page.getByRole('link', { name: 'Setting the TOTP authentication' }))
  await page.keyboard.press('Enter')

  // S5: the QR code is read from a picture, the code typed and sent with Enter
  await expectHeadingFocused(page, 'Set up your authenticator app')
  const secret = secretOf(await scanQr(page))
  await tabTo(page, page.getByRole('button', { name: 'Copy setup key' }))
  await tabTo(page, page.getByLabel('Verify code'))
  await page.keyboard.type(totp(secret, await pageNow(page)))
  await page.keyboard.press('Enter')

  // S6: done, the heading has focus
  await expectHeadingFocused(page, 'Congratulations!')
  await expectStep(page, 6)
})
