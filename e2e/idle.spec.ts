import type { Page } from '@playwright/test'
import {
  changePasswordAtStep3,
  expect,
  expectAccessible,
  expectChooser,
  logIn,
  pageNow,
  scanQr,
  secretOf,
  signedInTabs,
  snapshot,
  test,
  totp,
} from './fixtures'

const warningDialog = (page: Page) =>
  page.getByRole('dialog', { name: 'You will be logged out soon' })

/** The time left in the warning, read even while it is closed. */
const timeLeft = (page: Page) => page.locator('dialog [role=timer]')

/** The page's next question to the portal about its session. */
const askedPortal = (page: Page) =>
  page.waitForResponse((r) => new URL(r.url()).pathname === '/api/session', { timeout: 10_000 })

test('the idle warning comes at 28 minutes, and "Stay logged in" keeps the session', async ({
  page,
}) => {
  await page.clock.install()
  await logIn(page, 'one-step', 'user01', 'welcome1')
  await expect(page).toHaveURL(/\/dashboard$/)

  await page.clock.fastForward('27:50')
  await expect(warningDialog(page)).toBeHidden()
  await page.clock.fastForward('00:11')
  await expect(warningDialog(page)).toBeVisible()
  await expect(warningDialog(page).getByRole('timer')).toHaveText(/^1:5\d$/)
  await expectAccessible(page)
  await snapshot(page, 'idle-warning')

  await warningDialog(page).getByRole('button', { name: 'Stay logged in' }).click()
  await expect(warningDialog(page)).toBeHidden()

  // past the first half hour: still in, on the client and on the server
  await page.clock.fastForward('05:00')
  await expect(warningDialog(page)).toBeHidden()
  await expect(page).toHaveURL(/\/dashboard$/)
  await page.reload()
  await expect(page).toHaveURL(/\/dashboard$/)
  await expect(page.getByRole('button', { name: 'Log out' })).toBeVisible()
})

test('without an answer, the user is back on the chooser at 30 minutes, with a message', async ({
  page,
}) => {
  await page.clock.install()
  await logIn(page, 'one-step', 'user01', 'welcome1')
  await expect(page).toHaveURL(/\/dashboard$/)

  await page.clock.fastForward('28:01')
  await expect(warningDialog(page)).toBeVisible()
  await page.clock.fastForward('02:00')
  await expectChooser(page)
  await expect(page.getByRole('status')).toContainText(
    'You were logged out because you did nothing for 30 minutes.',
  )
  await expect(warningDialog(page)).toHaveCount(0)
  await expect(page.getByRole('button', { name: 'Log out' })).toHaveCount(0)
  await expectAccessible(page)
  await snapshot(page, 'S0-chooser-idle')

  // the portal ended the session too
  await page.goto('/dashboard')
  await expectChooser(page)
})

test('activity in another tab of the same browser keeps this one logged in: it asks the portal before warning or ending', async ({
  page,
}) => {
  const [other] = await signedInTabs(page, ['/dashboard'])

  // at 20 minutes the user works in the other tab: a call the portal counts as activity
  await page.clock.fastForward('20:00')
  const kept = await other.evaluate(async () => {
    const init = { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' }
    return (await fetch('/api/session/keepalive', init)).status
  })
  expect(kept).toBe(200)

  // 28 minutes after this tab's last activity: it asks the portal, which counts from 20, no warning
  let asked = askedPortal(page)
  await page.clock.fastForward('08:01')
  expect((await asked).status()).toBe(200)
  await expect(timeLeft(page)).toHaveText(/^21:5\d$/)
  await expect(warningDialog(page)).toBeHidden()

  // 48 minutes: both tabs warn; "Stay logged in" in the other one
  await page.clock.fastForward('20:00')
  await expect(warningDialog(page)).toBeVisible()
  await expect(warningDialog(other)).toBeVisible()
  await warningDialog(other).getByRole('button', { name: 'Stay logged in' }).click()
  await expect(warningDialog(other)).toBeHidden()

  // this tab's limit comes: it asks again, the portal kept the session, the warning goes
  asked = askedPortal(page)
  await page.clock.fastForward('02:00')
  expect((await asked).status()).toBe(200)
  await expect(timeLeft(page)).toHaveText(/^2[78]:\d\d$/)
  await expect(warningDialog(page)).toBeHidden()
  await expect(page).toHaveURL(/\/dashboard$/)
  await expect(page.getByRole('button', { name: 'Log out' })).toBeVisible()
  await other.close()
})

test('a setup completed in another tab: this tab, at its idle check, shows the plain chooser', async ({
  page,
}) => {
  const [other] = await signedInTabs(page, ['/dashboard'])
  await changePasswordAtStep3(other, 'welcome1', 'Onboard2025')
  await other.getByRole('link', { name: 'Setting the TOTP authentication' }).click()
  const secret = secretOf(await scanQr(other))
  await other.getByLabel('Verify code').fill(totp(secret, await pageNow(other)))
  await other.getByRole('button', { name: 'Register' }).click()
  await expect(other.getByRole('heading', { name: 'Congratulations!' })).toBeVisible()

  await page.clock.fastForward('28:01')
  await expectChooser(page)
  await expect(page).toHaveURL(/\/$/)
  await expect(page.getByRole('status')).toHaveCount(0)
  await expect(warningDialog(page)).toHaveCount(0)
  await other.close()
})

test('a log out this tab did not hear of (it was asleep in the back-forward cache, say): its idle check says the user logged out', async ({
  page,
}) => {
  await page.clock.install()
  await logIn(page, 'one-step', 'user01', 'welcome1')
  await expect(page).toHaveURL(/\/dashboard$/)
  // what a log out in another tab leaves: no session at the portal, the browser's flag "out";
  // written from this tab, so this tab gets no storage event
  const status = await page.evaluate(async () => {
    const init = { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' }
    const answer = await fetch('/api/logout', init)
    localStorage.setItem('bp2s.signedIn', 'out')
    return answer.status
  })
  expect(status).toBe(200)
  await expect(page).toHaveURL(/\/dashboard$/)

  await page.clock.fastForward('28:01')
  await expectChooser(page)
  await expect(page).toHaveURL(/\?ended=logout$/)
  await expect(page.getByRole('status')).toContainText('You have logged out.')
  await expect(warningDialog(page)).toHaveCount(0)
})
