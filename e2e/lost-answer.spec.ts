import type { Page } from '@playwright/test'
import { expect, expectChooser, logIn, pageNow, scanQr, secretOf, test, totp } from './fixtures'

/**
 * The mock portal loses its answers to `path` from now on: it does the work, the page gets a
 * network error (what a dropped connection does after the request reached the server).
 */
async function loseAnswersTo(page: Page, path: string, consoleErrors: string[]) {
  // The browser reports the lost answer as a failed load: expected here, and only here.
  page.on('console', (message) => {
    if (!/net::ERR_FAILED/.test(message.text())) return
    queueMicrotask(() => {
      const at = consoleErrors.indexOf(message.text())
      if (at >= 0) consoleErrors.splice(at, 1)
    })
  })
  await page.evaluate((lost) => {
    localStorage.setItem('bp2s.mock.db.v2.faults', JSON.stringify({ answerLostOn: [lost] }))
  }, path)
}

test('a password change whose answer is lost: the app asks the portal and says what happened', async ({
  page,
  consoleErrors,
}) => {
  await logIn(page, 'one-step', 'user01', 'welcome1')
  await page.getByRole('link', { name: 'Initial setting for 2-step verification' }).click()
  await loseAnswersTo(page, '/api/setup/password', consoleErrors)
  await page.getByLabel('Current password').fill('welcome1')
  await page.getByLabel('New password', { exact: true }).fill('Lost2answer')
  await page.getByLabel('Confirm new password').fill('Lost2answer')
  await page.getByRole('button', { name: 'Change Password' }).click()

  // The change was done (and the session renewed with it): the page learns it has no session
  // any more, goes to the login screen and says what may have happened.
  await expectChooser(page)
  await expect(page.getByText(/log in with the new one/)).toBeVisible()
  await logIn(page, 'one-step', 'user01', 'Lost2answer')
  await expect(page).toHaveURL(/\/setup\/totp$/)
})

test('a TOTP registration whose answer is lost: the user learns the setup may be complete', async ({
  page,
  consoleErrors,
}) => {
  await logIn(page, 'one-step', 'user01', 'welcome1')
  await page.getByRole('link', { name: 'Initial setting for 2-step verification' }).click()
  await page.getByLabel('Current password').fill('welcome1')
  await page.getByLabel('New password', { exact: true }).fill('Lost2answer')
  await page.getByLabel('Confirm new password').fill('Lost2answer')
  await page.getByRole('button', { name: 'Change Password' }).click()
  await page.getByRole('link', { name: 'Setting the TOTP authentication' }).click()
  const secret = secretOf(await scanQr(page))
  await loseAnswersTo(page, '/api/setup/totp/register', consoleErrors)
  await page.getByLabel('Verify code').fill(totp(secret, await pageNow(page)))
  await page.getByRole('button', { name: 'Register' }).click()

  await expectChooser(page)
  await expect(page.getByText(/your initial setting may be complete/)).toBeVisible()
  // and it is: the 2-step login works with the app's code
  await logIn(page, 'two-step', 'user01', 'Lost2answer')
  await expect(page).toHaveURL(/\/login\/verify$/)
})
