import type { Page } from '@playwright/test'
import {
  changePasswordAtStep3,
  expect,
  expectAccessible,
  logIn,
  mailCodeInNewTab,
  snapshot,
  test,
} from './fixtures'

const USER03_MAIL = 'user03@example.com'
const NEW_PASSWORD = 'Welcome3rd'

/** user03 (MailOTP by admin) through STEP1–STEP4 to the MailOTP setup screen. */
async function toMailSetup(page: Page): Promise<void> {
  await logIn(page, 'one-step', 'user03', 'welcome3')
  await changePasswordAtStep3(page, 'welcome3', NEW_PASSWORD)
  await expect(page.getByRole('link', { name: 'Setting the TOTP authentication' })).toHaveCount(0)
  await page.getByRole('link', { name: 'Setting the MailOTP authentication' }).click()
  await expect(page).toHaveURL(/\/setup\/mail$/)
  await expect(page.getByText('u****3@example.com')).toBeVisible()
  await expect(page.getByText(/It is valid until \d{1,2}:\d\d\u00a0[AP]M\.$/)).toBeVisible()
}

async function enterCode(page: Page, code: string, button: 'Register' | 'Verify') {
  await page.getByLabel('Verify code').fill(code)
  await page.getByRole('button', { name: button, exact: true }).click()
}

test('MailOTP setup: "Resend code" waits 60 s, a new code replaces the old one, an expired code is refused', async ({
  page,
}) => {
  test.slow() // a whole setup and several mails, each read in a second tab
  await page.clock.install()
  await toMailSetup(page)
  const resend = page.getByRole('button', { name: 'Resend code' })
  const wait = page.getByRole('timer')
  await expect(resend).toBeDisabled()
  await expect(wait).toHaveText(/^You can ask for a new code in (5\d|60) s\.$/)
  const first = await mailCodeInNewTab(page, USER03_MAIL)

  await page.clock.fastForward(30_000)
  await expect(wait).toHaveText(/ in (2\d|30) s\.$/)
  await expect(resend).toBeDisabled()
  await page.clock.fastForward(31_000)
  await expect(resend).toBeEnabled()
  await expect(wait).toHaveText('Did not get it? You can ask for a new code.')

  await resend.click()
  await expect(resend).toBeDisabled()
  await expect(wait).toHaveText(/ in (5\d|60) s\.$/)
  const second = await mailCodeInNewTab(page, USER03_MAIL, [first])

  // Only the newest code works.
  await enterCode(page, first, 'Register')
  await expect(page.getByRole('alert')).toContainText('The code is not right')

  // Ten minutes later the newest code has expired too: the screen says so, and keeps its form
  // when the user comes back to the tab (the portal is asked again).
  await page.clock.fastForward('10:01')
  await expect(
    page.getByText('Your code has expired. Press "Resend code" to get a new one.'),
  ).toBeVisible()
  const asked = page.waitForResponse((r) => r.url().endsWith('/api/session'))
  await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')))
  expect((await asked).status()).toBe(200)
  await expect(page.getByText('u****3@example.com')).toHaveCount(0)
  await expect(page.getByLabel('Verify code')).toBeVisible()
  await enterCode(page, second, 'Register')
  await expect(page.getByRole('alert')).toContainText('This code has expired')
  // said once, by the form's error
  await expect(page.getByText(/Your code has expired/)).toHaveCount(0)

  await expect(resend).toBeEnabled()
  await resend.click()
  const third = await mailCodeInNewTab(page, USER03_MAIL, [first, second])
  await enterCode(page, third, 'Register')
  await expect(page.getByRole('heading', { name: 'Congratulations!' })).toBeVisible()
})

test('MailOTP login: each login sends its own code; resend after 60 s; old, foreign and expired codes are refused', async ({
  page,
}) => {
  test.slow() // a whole setup and several mails, each read in a second tab
  await page.clock.install()
  await toMailSetup(page)
  const setupCode = await mailCodeInNewTab(page, USER03_MAIL)
  await enterCode(page, setupCode, 'Register')
  await expect(page.getByRole('heading', { name: 'Congratulations!' })).toBeVisible()

  await logIn(page, 'two-step', 'user03', NEW_PASSWORD)
  await expect(page).toHaveURL(/\/login\/verify$/)
  await expect(page.getByText('u****3@example.com')).toBeVisible()
  const resend = page.getByRole('button', { name: 'Resend code' })
  await expect(resend).toBeDisabled()
  await expect(page.getByRole('timer')).toHaveText(/in (5\d|60) s\./)
  await expectAccessible(page)
  const first = await mailCodeInNewTab(page, USER03_MAIL, [setupCode])

  // The setup's code belongs to the setup, not to this login.
  await enterCode(page, setupCode, 'Verify')
  await expect(page.getByRole('alert')).toContainText('The code is not right')

  await page.clock.fastForward(61_000)
  await resend.click()
  await expect(
    page.getByText('A new code was sent. The earlier code no longer works.'),
  ).toBeVisible()
  await expect(resend).toBeDisabled()
  const second = await mailCodeInNewTab(page, USER03_MAIL, [setupCode, first])
  await enterCode(page, first, 'Verify')
  await expect(page.getByRole('alert')).toContainText('The code is not right')

  await page.clock.fastForward('10:01')
  await expect(
    page.getByText('Your code has expired. Press "Resend code" to get a new one.'),
  ).toBeVisible()
  await enterCode(page, second, 'Verify')
  await expect(page.getByRole('alert')).toContainText('This code has expired')
  await expect(page.getByText(/Your code has expired/)).toHaveCount(0)
  await snapshot(page, 'S7-verify-mail-expired')

  await resend.click()
  const third = await mailCodeInNewTab(page, USER03_MAIL, [setupCode, first, second])
  await enterCode(page, third, 'Verify')
  await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible()
  await expect(page.getByText('codes by email')).toBeVisible()
})

test('the mail limit: after the fifth code "Resend code" stays off and says why and for how long, until the limit lifts', async ({
  page,
}) => {
  await page.clock.install()
  await toMailSetup(page)
  const resend = page.getByRole('button', { name: 'Resend code' })
  const wait = page.getByRole('timer')
  for (let sent = 1; sent < 5; sent++) {
    await page.clock.fastForward(61_000)
    await resend.click()
    if (sent < 4) await expect(wait).toHaveText(/ in (5\d|60) s\.$/)
  }
  // the fifth code went out about four minutes after the first: the limit lifts at 15 minutes
  await expect(resend).toBeDisabled()
  await expect(wait).toHaveText(
    /^We have sent 5 codes by email in the last 15 minutes, the most we send\. You can ask for a new code in 1[01] min\.$/,
  )
  await expect(page.getByRole('alert')).toHaveCount(0)

  await page.clock.fastForward('05:00')
  await expect(resend).toBeDisabled()
  await expect(wait).toHaveText(/ in [56] min\.$/)
  // the fifth code expires about 14 minutes after the first, a minute before the limit lifts
  await expect(page.getByText(/Your code has expired/)).toHaveCount(0)
  await page.clock.fastForward('05:20')
  // it does not point at "Resend code" while the button is off
  const expired = page.getByText(
    'Your code has expired. When "Resend code" turns on, press it to get a new one.',
  )
  await expect(expired).toBeVisible()
  await expect(page.getByText('u****3@example.com')).toHaveCount(0)
  // asked again, the portal still names the limit's end: the button stays off
  await page.reload()
  await expect(expired).toBeVisible()
  await expect(wait).toHaveText(/the most we send\. You can ask for a new code in 1 min\.$/)
  await expect(resend).toBeDisabled()
  await expect(page.getByRole('alert')).toHaveCount(0)
  await page.clock.fastForward('00:40')
  await expect(resend).toBeEnabled()
  await expect(wait).toHaveText('Did not get it? You can ask for a new code.')
  await expect(
    page.getByText('Your code has expired. Press "Resend code" to get a new one.'),
  ).toBeVisible()
  // a sixth: the window slides, so the next one waits for the second code to leave it
  await resend.click()
  await expect(wait).toHaveText(/the most we send\. You can ask for a new code in 1 min\.$/)
  await expect(resend).toBeDisabled()
  await expect(page.getByRole('alert')).toHaveCount(0)
})
