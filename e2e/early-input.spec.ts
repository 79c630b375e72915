import { expect, holdScripts, test } from './fixtures'

test('what is typed before the page has started is kept, and the form is not sent without the app', async ({
  page,
}) => {
  // The prerendered login paints before its scripts run: hold them back meanwhile.
  const release = await holdScripts(page)
  await page.goto('/login/one-step')
  await page.getByLabel('User ID').fill('user01')
  await page.getByLabel('Password', { exact: true }).fill('welcome1')
  const logIn = page.getByRole('button', { name: 'Log in' })
  await expect(logIn).toBeDisabled()
  await page.getByLabel('Password', { exact: true }).press('Enter')
  await expect(page).toHaveURL(/\/login\/one-step$/)

  release()
  await expect(logIn).toBeEnabled()
  await expect(page.getByLabel('User ID')).toHaveValue('user01')
  await logIn.click()
  await expect(page).toHaveURL(/\/dashboard$/)
})

test('what was focused and selected in the prerendered page stays when its guard lets the user in', async ({
  page,
}) => {
  await page.goto('/scenario/totp')
  await expect(page).toHaveURL(/\/setup\/totp$/)
  const release = await holdScripts(page)
  await page.reload()
  // A keyboard user has tabbed to an app store link and selected the heading to copy it.
  const appStore = page.getByRole('link', { name: /^App Store.*Google Authenticator/ })
  await appStore.focus()
  await expect(appStore).toBeFocused()
  await page.evaluate(() => {
    const heading = document.querySelector('h1')
    if (heading) window.getSelection()?.selectAllChildren(heading)
  })

  release()
  await expect(page.getByRole('img', { name: /QR code/ })).toBeVisible()
  await expect(appStore).toBeFocused()
  expect(await page.evaluate(() => String(window.getSelection()))).toBe(
    'Set up your authenticator app',
  )
})
