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
