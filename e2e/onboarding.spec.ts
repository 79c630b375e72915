import {
  expect,
  expectAccessible,
  expectChooser,
  expectStep,
  logIn,
  ONE_STEP_LINK,
  pageNow,
  SETUP_MENU,
  scanQr,
  secretOf,
  snapshot,
  TWO_STEP_LINK,
  test,
  totp,
} from './fixtures'

const NEW_PASSWORD = 'Onboard2025'

test('user01 does STEP1–STEP5 from the chooser, then logs in with 2-step verification only', async ({
  page,
}) => {
  test.slow() // the whole guide in one go, with axe and two screenshots on every screen
  await page.clock.install()

  // S0: the chooser, new login first, old one beside it
  await page.goto('/')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Log in to Business Portal')
  await expect(page.getByText('The login screen has changed.')).toBeVisible()
  await expect(page.getByRole('link', { name: ONE_STEP_LINK })).toBeVisible()
  // (S0, S7 and the full dashboard get their axe check and screenshots in login.spec.ts)

  // S1 (STEP1): the old login
  await page.getByRole('link', { name: ONE_STEP_LINK }).click()
  await expect(page).toHaveURL(/\/login\/one-step$/)
  await expectStep(page, 1)
  await expect(page.getByLabel('User ID')).toBeVisible()
  await expectAccessible(page)
  await snapshot(page, 'S1-one-step-login')
  await page.getByLabel('User ID').fill('user01')
  await page.getByLabel('Password', { exact: true }).fill('welcome1')
  await page.getByRole('button', { name: 'Log in' }).click()

  // S2 (STEP2): the dashboard, the setup menu item at the top
  await expect(page).toHaveURL(/\/dashboard$/)
  await expectStep(page, 2)
  await expect(page.getByRole('button', { name: 'Log out' })).toBeVisible()
  const menu = page.getByRole('link', { name: SETUP_MENU })
  await expect(menu).toBeVisible()
  const heading = page.getByRole('heading', { level: 1 })
  expect((await menu.boundingBox())?.y).toBeLessThan((await heading.boundingBox())?.y ?? 0)
  await expectAccessible(page)
  await snapshot(page, 'S2-dashboard-setup')
  await menu.click()

  // S3 (STEP3): a new password
  await expect(page).toHaveURL(/\/setup\/password$/)
  await expectStep(page, 3)
  await expectAccessible(page)
  await page.getByLabel('Current password').fill('welcome1')
  await page.getByLabel('New password', { exact: true }).fill(NEW_PASSWORD)
  await page.getByLabel('Confirm new password').fill(NEW_PASSWORD)
  await expect(page.getByRole('status').filter({ hasText: 'password rules met' })).toHaveText(
    '6 of 6 password rules met',
  )
  await snapshot(page, 'S3-set-password')
  await page.getByRole('button', { name: 'Change Password' }).click()

  // S4 (STEP4): password changed; on to TOTP, and the MailOTP note
  await expect(page).toHaveURL(/\/setup\/password\/done\/totp$/)
  await expectStep(page, 4)
  await expect(page.getByText('Your password has been changed.')).toBeVisible()
  await expect(
    page.getByText(/ask your Portal Admin to change your method to MailOTP/),
  ).toBeVisible()
  await expect(
    page.getByRole('button', { name: 'Setting the MailOTP authentication' }),
  ).toHaveCount(0)
  await expectAccessible(page)
  await snapshot(page, 'S4-password-changed')
  await page.getByRole('link', { name: 'Setting the TOTP authentication' }).click()

  // S5 (STEP5): scan the QR code as a phone would, check it against the key shown as text
  await expect(page).toHaveURL(/\/setup\/totp$/)
  await expectStep(page, 5)
  const qr = page.getByRole('img', { name: /QR code/ })
  await expect(qr).toBeVisible()
  expect((await qr.boundingBox())?.width).toBeGreaterThanOrEqual(240)
  await expect(page.getByRole('link', { name: /Google Play/ }).first()).toBeVisible()
  const uri = await scanQr(page)
  expect(uri).toMatch(/^otpauth:\/\/totp\/Business%20Portal:user01\?/)
  const secret = secretOf(uri)
  const key = (await page.getByTestId('setup-key').textContent()) ?? ''
  expect(key).toMatch(/^([A-Z2-7]{4} )*[A-Z2-7]{1,4}$/)
  expect(key.replaceAll(' ', '')).toBe(secret)
  await expect(page.getByRole('button', { name: 'Copy setup key' })).toBeVisible()
  await expect(page.getByRole('link', { name: 'Open in your authenticator app' })).toHaveAttribute(
    'href',
    uri,
  )
  await expectAccessible(page)
  await snapshot(page, 'S5-totp-setup')
  const registeredAt = await pageNow(page)
  await page.getByLabel('Verify code').fill(totp(secret, registeredAt))
  await page.getByRole('button', { name: 'Register' }).click()

  // S6: complete; the old login's session has ended
  await expect(page.getByRole('heading', { name: 'Congratulations!' })).toBeVisible()
  await expect(page).toHaveURL(/\/setup\/complete$/)
  await expect(page.getByText('The initial setup procedure is completed.')).toBeVisible()
  await expectStep(page, 6)
  await expect(page.getByRole('button', { name: 'Log out' })).toHaveCount(0)
  await expectAccessible(page)
  await snapshot(page, 'S6-complete')
  await page.getByRole('link', { name: TWO_STEP_LINK }).click()
  await expect(page).toHaveURL(/\/login$/)
  await page.goto('/dashboard')
  await expectChooser(page)

  // S7: the 2-step login, with a code from a later time step than the one registered
  await page.clock.fastForward('00:31')
  await page.getByRole('link', { name: TWO_STEP_LINK }).click()
  await expect(page).toHaveURL(/\/login$/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Log in with 2-step verification',
  )
  await page.getByLabel('User ID').fill('user01')
  await page.getByLabel('Password', { exact: true }).fill(NEW_PASSWORD)
  await page.getByRole('button', { name: 'Log in' }).click()
  await expect(page).toHaveURL(/\/login\/verify$/)
  await expect(page.getByLabel('Verify code')).toHaveAttribute('inputmode', 'numeric')
  await expect(page.getByLabel('Verify code')).toHaveAttribute('autocomplete', 'one-time-code')
  const now = await pageNow(page)
  expect(Math.floor(now / 30_000)).toBeGreaterThan(Math.floor(registeredAt / 30_000))
  await page.getByLabel('Verify code').fill(totp(secret, now))
  await page.getByRole('button', { name: 'Verify', exact: true }).click()

  // Logged in the new way: no setup menu, no step indicator
  await expect(page).toHaveURL(/\/dashboard$/)
  await expect(page.getByText('You are logged in with 2-step verification')).toBeVisible()
  await expect(page.getByRole('link', { name: SETUP_MENU })).toHaveCount(0)
  await expect(page.getByRole('navigation', { name: 'Initial setting progress' })).toHaveCount(0)
  await page.getByRole('button', { name: 'Log out' }).click()
  await expectChooser(page)
  await expect(page.getByText('You have logged out.')).toBeVisible()

  // The old login now refuses user01 and points to the new one
  await logIn(page, 'one-step', 'user01', NEW_PASSWORD)
  const refusal = page.getByRole('alert')
  await expect(refusal).toContainText('the old login no longer works for you')
  await expect(refusal).toContainText(TWO_STEP_LINK)
  await expect(page).toHaveURL(/\/login\/one-step$/)
})
