import { expect, expectAccessible, expectChooser, logIn, snapshot, test } from './fixtures'

const warningDialog = (page: import('@playwright/test').Page) =>
  page.getByRole('dialog', { name: 'You will be logged out soon' })

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
