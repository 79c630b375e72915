import {
  expect,
  expectChooser,
  logIn,
  pageNow,
  SETUP_MENU,
  scanQr,
  secretOf,
  signedInTabs,
  test,
  totp,
} from './fixtures'
import { openScenario, scenarios } from './screens'

const USER02_SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP'

function scenario(name: string) {
  const found = scenarios.find((s) => s.name === name)
  if (!found) throw new Error(`no scenario ${name}`)
  return found
}

test('a fresh browser opening a screen that needs a session lands on the chooser', async ({
  page,
}) => {
  for (const path of [
    '/setup/totp',
    '/setup/password',
    '/setup/password/done',
    '/setup/password/done/totp',
    '/dashboard',
    '/login/verify',
    '/admin',
  ]) {
    await page.goto(path)
    await expectChooser(page)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Log in to Business Portal')
  }
})

test('a user who completed the setup cannot reopen it; a half-logged-in one goes to the code', async ({
  page,
}) => {
  await logIn(page, 'two-step', 'user02', 'Secure2024')
  await expect(page).toHaveURL(/\/login\/verify$/)
  for (const path of ['/dashboard', '/setup/totp']) {
    await page.goto(path)
    await expect(page).toHaveURL(/\/login\/verify$/)
  }
  await page.getByLabel('Verify code').fill(totp(USER02_SECRET, await pageNow(page)))
  await page.getByRole('button', { name: 'Verify', exact: true }).click()
  await expect(page).toHaveURL(/\/dashboard$/)

  for (const path of ['/setup/totp', '/setup/password', '/setup/password/done', '/login/verify']) {
    await page.goto(path)
    await expect(page).toHaveURL(/\/dashboard$/)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Dashboard')
  }
  await expect(page.getByRole('link', { name: SETUP_MENU })).toHaveCount(0)
})

test('a reload on S2, S3, S4 and S5 keeps the user there; S5 keeps its secret for the session', async ({
  page,
}) => {
  await logIn(page, 'one-step', 'user01', 'welcome1')
  await expect(page).toHaveURL(/\/dashboard$/)
  await page.reload()
  await expect(page.getByRole('link', { name: SETUP_MENU })).toBeVisible()
  await page.getByRole('link', { name: SETUP_MENU }).click()

  // S3: the session and the screen survive; passwords are not kept anywhere by the app
  await expect(page).toHaveURL(/\/setup\/password$/)
  await page.getByLabel('Current password').fill('welcome1')
  await page.reload()
  await expect(page).toHaveURL(/\/setup\/password$/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Set your new password')
  await page.getByLabel('Current password').fill('welcome1')
  await page.getByLabel('New password', { exact: true }).fill('Reload2025')
  await page.getByLabel('Confirm new password').fill('Reload2025')
  await page.getByRole('button', { name: 'Change Password' }).click()

  // S4
  await expect(page).toHaveURL(/\/setup\/password\/done\/totp$/)
  await page.reload()
  await expect(page).toHaveURL(/\/setup\/password\/done\/totp$/)
  await expect(page.getByText('Your password has been changed.')).toBeVisible()
  await page.getByRole('link', { name: 'Setting the TOTP authentication' }).click()

  // S5: the same secret after a reload, in the QR code and as text
  await expect(page).toHaveURL(/\/setup\/totp$/)
  const before = secretOf(await scanQr(page))
  await expect(page.getByTestId('setup-key')).toHaveText(before.match(/.{1,4}/g)?.join(' ') ?? '')
  await page.reload()
  await expect(page).toHaveURL(/\/setup\/totp$/)
  await expect(page.getByTestId('setup-key')).toHaveText(before.match(/.{1,4}/g)?.join(' ') ?? '')
  expect(secretOf(await scanQr(page))).toBe(before)

  // STEP3 is done: the wizard does not go back to it, and a new login resumes at STEP5, with a
  // secret of its own (the one issued to the session that logged out ended with it)
  await page.goto('/setup/password')
  await expect(page).toHaveURL(/\/setup\/totp$/)
  await page.getByRole('button', { name: 'Log out' }).click()
  await expectChooser(page)
  await logIn(page, 'one-step', 'user01', 'Reload2025')
  await expect(page).toHaveURL(/\/setup\/totp$/)
  const after = secretOf(await scanQr(page))
  expect(after).not.toBe(before)
  await expect(page.getByTestId('setup-key')).toHaveText(after.match(/.{1,4}/g)?.join(' ') ?? '')
})

test("S4's address names a user's method; a Portal Admin's S4 has none and offers both", async ({
  page,
}) => {
  await openScenario(page, scenario('password-changed-mail'), 'ja')
  await expect(page).toHaveURL(/\/setup\/password\/done\/mail$/)
  for (const [path, home] of [
    ['/ja/setup/password/done/totp', /\/ja\/setup\/mail$/],
    ['/ja/setup/password/done', /\/ja\/setup\/mail$/],
  ] as const) {
    await page.goto(path)
    await expect(page).toHaveURL(home)
  }

  await openScenario(page, scenario('password-changed-admin'))
  await expect(page).toHaveURL(/\/setup\/password\/done$/)
  await page.goto('/setup/password/done/totp')
  await expect(page).toHaveURL(/\/setup\/password\/done$/)
  await expect(
    page.getByRole('button', { name: 'Setting the MailOTP authentication' }),
  ).toBeVisible()
  await expect(page.getByRole('link', { name: /^Setting the/ })).toHaveCount(0)
})

test('a log out in one tab: every other tab of the browser leaves its signed-in screen at once and says so', async ({
  page,
}) => {
  const [typing, leaving] = await signedInTabs(page, ['/setup/password', '/dashboard'])
  await typing.getByLabel('Current password').fill('welcome1')
  await leaving.getByRole('button', { name: 'Log out' }).click()
  await expect(leaving.getByRole('status')).toContainText('You have logged out.')

  // nobody touches the other tabs
  for (const tab of [page, typing]) {
    await expect(tab).toHaveURL(/\/\?ended=logout$/)
    await expect(tab.getByRole('status')).toContainText('You have logged out.')
    await expect(tab.getByRole('button', { name: 'Log out' })).toHaveCount(0)
  }
  // the way back in is a new log in
  await page.goto('/dashboard')
  await expect(page).toHaveURL(/\/\?ended=logout$/)
})

test("a scenario's tab (a mock portal of its own) keeps its session and does not undo the user's log out", async ({
  page,
}) => {
  const [leaving] = await signedInTabs(page, ['/dashboard'])
  const demo = await page.context().newPage()
  await openScenario(demo, scenario('dashboard-full'))
  await leaving.getByRole('button', { name: 'Log out' }).click()
  await expect(page).toHaveURL(/\/\?ended=logout$/)

  const asked = demo.waitForResponse((r) => r.url().endsWith('/api/session'))
  await demo.evaluate(() => document.dispatchEvent(new Event('visibilitychange')))
  expect((await asked).status()).toBe(200)
  await expect(demo).toHaveURL(/\/dashboard$/)
  await expect(demo.getByRole('button', { name: 'Log out' })).toBeVisible()

  // the browser still knows its user logged out
  const later = await page.context().newPage()
  await later.goto('/dashboard')
  await expect(later).toHaveURL(/\/\?ended=logout$/)
  await expect(later.getByRole('status')).toContainText('You have logged out.')
})
