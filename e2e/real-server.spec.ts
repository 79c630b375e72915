import type { APIRequestContext, Page } from '@playwright/test'
import { demoAccounts } from '../mocks/door'
import {
  changePasswordAtStep3,
  expect,
  expectStep,
  logIn,
  ONE_STEP_LINK,
  SETUP_MENU,
  scanQr,
  secretOf,
  TWO_STEP_LINK,
  test,
  totp,
} from './fixtures'

// The app built with VITE_MOCK=off, talking to the Node server over PGlite (no msw anywhere).
const NEW_PASSWORD = 'Onboard2025'
/** 10 s into a TOTP time step. */
const T0 = Date.UTC(2027, 0, 4, 9, 0, 10)

/** The page's clock and the server's (its test clock) show the same time. */
async function setTime(page: Page, request: APIRequestContext, time: number) {
  await page.clock.setFixedTime(time)
  const res = await request.post('/api/test/clock', { data: { now: time } })
  expect(res.ok()).toBe(true)
}

/** The server's demo data as seeded, and the page and the server both at `time`. */
async function freshPortalAt(page: Page, request: APIRequestContext, time: number) {
  expect((await request.post('/api/mock/reset', { data: {} })).ok()).toBe(true)
  await page.clock.install({ time })
  await setTime(page, request, time)
}

function demoAccount(userId: string) {
  const account = demoAccounts.find((a) => a.userId === userId)
  if (!account) throw new Error(`no demo account ${userId}`)
  return account
}

test('user01 onboards on the real server: STEP1–STEP5 with the scanned QR code, then the 2-step login', async ({
  page,
  context,
  request,
}) => {
  await freshPortalAt(page, request, T0)

  await page.goto('/')
  await page.getByRole('link', { name: ONE_STEP_LINK }).click()
  await expectStep(page, 1)
  await page.getByLabel('User ID').fill('user01')
  await page.getByLabel('Password', { exact: true }).fill('welcome1')
  await page.getByRole('button', { name: 'Log in' }).click()
  await expect(page).toHaveURL(/\/dashboard$/)
  const [cookie] = await context.cookies()
  expect(cookie).toMatchObject({ name: 'bp_session', httpOnly: true, sameSite: 'Lax' })

  await page.getByRole('link', { name: SETUP_MENU }).click()
  await page.getByLabel('Current password').fill('welcome1')
  await page.getByLabel('New password', { exact: true }).fill(NEW_PASSWORD)
  await page.getByLabel('Confirm new password').fill(NEW_PASSWORD)
  await page.getByRole('button', { name: 'Change Password' }).click()
  await expect(page.getByText('Your password has been changed.')).toBeVisible()
  await page.getByRole('link', { name: 'Setting the TOTP authentication' }).click()

  await expectStep(page, 5)
  const secret = secretOf(await scanQr(page))
  await page.getByLabel('Verify code').fill(totp(secret, T0))
  await page.getByRole('button', { name: 'Register' }).click()
  await expect(page.getByRole('heading', { name: 'Congratulations!' })).toBeVisible()

  // the next time step: the 2-step login with a code the server has not seen
  await setTime(page, request, T0 + 30_000)
  await page.getByRole('link', { name: TWO_STEP_LINK }).click()
  await page.getByLabel('User ID').fill('user01')
  await page.getByLabel('Password', { exact: true }).fill(NEW_PASSWORD)
  await page.getByRole('button', { name: 'Log in' }).click()
  await expect(page).toHaveURL(/\/login\/verify$/)
  await page.getByLabel('Verify code').fill(totp(secret, T0 + 30_000))
  await page.getByRole('button', { name: 'Verify', exact: true }).click()
  await expect(page).toHaveURL(/\/dashboard$/)
  await expect(page.getByText('You are logged in with 2-step verification')).toBeVisible()
  // every answer came from the server: no mock worker was ever started
  const workers = await page.evaluate(
    async () => (await navigator.serviceWorker.getRegistrations()).length,
  )
  expect(workers).toBe(0)
})

test("a Portal Admin's switch ends user01's session: S4, left open, goes to the chooser and says why", async ({
  page,
  request,
}) => {
  await freshPortalAt(page, request, T0)
  await logIn(page, 'one-step', 'user01', 'welcome1')
  await changePasswordAtStep3(page, 'welcome1', NEW_PASSWORD)
  await expect(page.getByRole('link', { name: 'Setting the TOTP authentication' })).toBeVisible()

  // admin01, from a client of their own (its own cookies), switches user01 to MailOTP
  const { password, secret = '' } = demoAccount('admin01')
  const admin = { userId: 'admin01', password }
  expect((await request.post('/api/login/two-step', { data: admin })).ok()).toBe(true)
  const code = totp(secret, T0)
  expect((await request.post('/api/login/verify', { data: { code } })).ok()).toBe(true)
  const method = { data: { method: 'mail' } }
  expect((await request.post('/api/admin/users/user01/method', method)).ok()).toBe(true)

  // user01 comes back to the tab
  await page.evaluate(() =>
    document.dispatchEvent(new Event('visibilitychange', { bubbles: true })),
  )
  await expect(page).toHaveURL(/\/\?ended=session$/)
  await expect(page.getByRole('status')).toContainText('The portal has ended your session')
  await expect(page.getByRole('link', { name: TWO_STEP_LINK })).toBeVisible()
})

/** user01 logged in, with a second tab of the same browser on the dashboard. */
async function twoSignedInTabs(page: Page, request: APIRequestContext): Promise<Page> {
  await freshPortalAt(page, request, T0)
  await logIn(page, 'one-step', 'user01', 'welcome1')
  await expect(page).toHaveURL(/\/dashboard$/)
  const other = await page.context().newPage()
  await other.goto('/dashboard')
  await expect(other.getByRole('button', { name: 'Log out' })).toBeVisible()
  return other
}

/**
 * Holds the next answer to `path` in `tab` after the server has given it: resolves `answered`
 * then, and hands it to the tab when `release` is called.
 */
async function holdAnswer(tab: Page, path: string) {
  let release = () => {}
  let answer = () => {}
  const released = new Promise<void>((resolve) => {
    release = resolve
  })
  const answered = new Promise<void>((resolve) => {
    answer = resolve
  })
  await tab.route(
    path,
    async (route) => {
      const response = await route.fetch()
      answer()
      await released
      await route.fulfill({ response })
    },
    { times: 1 },
  )
  return { answered, release }
}

const comeBack = (tab: Page) =>
  tab.evaluate(() => document.dispatchEvent(new Event('visibilitychange', { bubbles: true })))

test('a log out whose answer is still on its way: another tab that checks, or sends a form, then says the user logged out', async ({
  page,
  request,
}) => {
  const other = await twoSignedInTabs(page, request)
  const typing = await page.context().newPage()
  await typing.goto('/setup/password')
  await typing.getByLabel('Current password').fill('welcome1')
  await typing.getByLabel('New password', { exact: true }).fill(NEW_PASSWORD)
  await typing.getByLabel('Confirm new password').fill(NEW_PASSWORD)
  const logout = await holdAnswer(page, '**/api/logout')
  await page.getByRole('button', { name: 'Log out' }).click()
  await logout.answered

  await comeBack(other)
  await expect(other).toHaveURL(/\/\?ended=logout$/)
  await expect(other.getByRole('status')).toContainText('You have logged out.')
  await typing.getByRole('button', { name: 'Change Password' }).click()
  await expect(typing).toHaveURL(/\/\?ended=logout$/)
  await expect(typing.getByRole('status')).toContainText('You have logged out.')

  logout.release()
  await expect(page).toHaveURL(/\/\?ended=logout$/)
  await expect(page.getByRole('status')).toContainText('You have logged out.')
})

test('a session answer given before a log out and arriving after it does not undo it: that tab leaves too', async ({
  page,
  request,
}) => {
  const other = await twoSignedInTabs(page, request)
  const check = await holdAnswer(other, '**/api/session')
  await comeBack(other)
  await check.answered

  await page.getByRole('button', { name: 'Log out' }).click()
  await expect(page.getByRole('status')).toContainText('You have logged out.')

  // the old answer reaches the other tab: it asks again and leaves
  check.release()
  await expect(other).toHaveURL(/\/\?ended=logout$/)
  await expect(other.getByRole('status')).toContainText('You have logged out.')
})
