import {
  errorSummary,
  expect,
  expectAccessible,
  logIn,
  ONE_STEP_LINK,
  pageNow,
  SETUP_MENU,
  snapshot,
  TWO_STEP_LINK,
  test,
  totp,
} from './fixtures'

const USER02_SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP'

/** How a person might paste a code: spaced, hyphenated, in full-width digits. */
const fullWidth = (code: string) =>
  code.replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)))
const spaced = (code: string) => ` ${code.slice(0, 3)} ${code.slice(3)} `
const hyphenated = (code: string) => `${code.slice(0, 3)}-${code.slice(3)}`

test('user02 logs in with 2-step verification from its demo secret', async ({ page }) => {
  await page.goto('/')
  await expect(page.getByRole('link', { name: ONE_STEP_LINK })).toBeVisible()
  await expectAccessible(page)
  await snapshot(page, 'S0-chooser')
  await page.getByRole('link', { name: TWO_STEP_LINK }).click()
  await expect(page).toHaveURL(/\/login$/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Log in with 2-step verification',
  )
  await expectAccessible(page)
  await snapshot(page, 'S7-two-step-login')
  await page.getByLabel('User ID').fill('user02')
  await page.getByLabel('Password', { exact: true }).fill('Secure2024')
  await page.getByRole('button', { name: 'Log in' }).click()

  await expect(page).toHaveURL(/\/login\/verify$/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Enter your verification code')
  await expect(page.getByText(/Open your authenticator app/)).toBeVisible()
  // no failed attempts: no warning
  await expect(page.getByText(/failed attempts since your last login/)).toHaveCount(0)
  await expectAccessible(page)
  await snapshot(page, 'S7-verify-code')
  await page.getByLabel('Verify code').fill(totp(USER02_SECRET, await pageNow(page)))
  await page.getByRole('button', { name: 'Verify', exact: true }).click()

  await expect(page).toHaveURL(/\/dashboard$/)
  await expect(page.getByText('Welcome, Ben Carter.')).toBeVisible()
  await expect(page.getByText('You are logged in with 2-step verification')).toBeVisible()
  await expect(page.getByRole('link', { name: SETUP_MENU })).toHaveCount(0)
  await expect(page.getByRole('button', { name: 'Log out' })).toBeVisible()
  await expectAccessible(page)
  await snapshot(page, 'S2-dashboard')

  await page.reload()
  await expect(page).toHaveURL(/\/dashboard$/)
  await expect(page.getByText('Welcome, Ben Carter.')).toBeVisible()
})

test('a code pasted with spaces, hyphens or full-width digits is accepted', async ({ page }) => {
  await page.clock.install()
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'])
  const variants = [
    (c: string) => spaced(fullWidth(c)),
    hyphenated,
    (c: string) => `${fullWidth(c.slice(0, 3))}－${c.slice(3)}`,
  ]
  for (const [index, variant] of variants.entries()) {
    if (index > 0) await page.clock.fastForward('00:30') // each login needs a fresh code
    await logIn(page, 'two-step', 'user02', 'Secure2024')
    await expect(page).toHaveURL(/\/login\/verify$/)
    const pasted = variant(totp(USER02_SECRET, await pageNow(page)))
    // a real paste, from the clipboard into the field
    await page.evaluate((text) => navigator.clipboard.writeText(text), pasted)
    const field = page.getByLabel('Verify code')
    await field.focus()
    await page.keyboard.press('ControlOrMeta+V')
    await expect(field).toHaveValue(pasted)
    await page.getByRole('button', { name: 'Verify', exact: true }).click()
    await expect(page).toHaveURL(/\/dashboard$/)
    await page.getByRole('button', { name: 'Log out' }).click()
    await expect(page.getByText('You have logged out.')).toBeVisible()
  }
})

test('a code that is not 6 digits is refused before it is sent', async ({ page }) => {
  await logIn(page, 'two-step', 'user02', 'Secure2024')
  await expect(page).toHaveURL(/\/login\/verify$/)
  let requests = 0
  page.on('request', (r) => {
    if (r.url().includes('/api/login/verify')) requests += 1
  })
  const field = page.getByLabel('Verify code')
  for (const typed of ['12345', '12a456', '1234567']) {
    await field.fill(typed)
    await page.getByRole('button', { name: 'Verify', exact: true }).click()
    await expect(field).toHaveAccessibleDescription(/Enter the 6-digit code/)
    await expect(errorSummary(page)).toBeFocused()
    await expect(field).toHaveValue(typed)
  }
  expect(requests).toBe(0)
})

test('the 2-step login tells a user who has not done the initial setting what to do', async ({
  page,
}) => {
  await logIn(page, 'two-step', 'user01', 'welcome1')
  await expect(errorSummary(page)).toBeFocused()
  await expect(errorSummary(page)).toContainText(
    'You have not done the initial setting for 2-step verification yet. Log in with 1-step verification (old authentication method) first',
  )
  await expect(page).toHaveURL(/\/login$/)
  await expectAccessible(page)
})

test('the old login refuses a user who has set up 2-step verification, and says which to use', async ({
  page,
}) => {
  await logIn(page, 'one-step', 'user02', 'Secure2024')
  await expect(errorSummary(page)).toBeFocused()
  await expect(errorSummary(page)).toContainText(
    `You have set up 2-step verification, so the old login no longer works for you. Use "${TWO_STEP_LINK}".`,
  )
  await expect(page).toHaveURL(/\/login\/one-step$/)
  await expect(page.getByRole('link', { name: TWO_STEP_LINK })).toBeVisible()
  await expectAccessible(page)
  await snapshot(page, 'S1-refused-after-setup')
})

test('after wrong passwords, the code screen warns how many attempts are left before the lock', async ({
  page,
}) => {
  for (let i = 0; i < 4; i++) {
    await logIn(page, 'two-step', 'user02', 'Secure2023')
    await expect(errorSummary(page)).toBeVisible()
  }
  await page.getByLabel('Password', { exact: true }).fill('Secure2024')
  await page.getByRole('button', { name: 'Log in' }).click()
  await expect(page).toHaveURL(/\/login\/verify$/)
  const warning = page.getByText(/failed attempts since your last login/)
  await expect(warning).toHaveText(
    'Your account has had failed attempts since your last login: one more locks it for 15 minutes.',
  )
  await expectAccessible(page)

  // the wrong code's answer says the rest: the warning gives way to it
  const wrong = totp(USER02_SECRET, (await pageNow(page)) + 20 * 60_000)
  await page.getByLabel('Verify code').fill(wrong)
  await page.getByRole('button', { name: 'Verify', exact: true }).click()
  await expect(page.getByRole('status')).toContainText(
    'After 5 failed attempts, this account is locked',
  )
  await expect(warning).toHaveCount(0)
})
