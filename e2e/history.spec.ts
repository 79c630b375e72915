import { expect, expectChooser, logInWithTotp, test } from './fixtures'

const USER02_SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP'

// Playwright turns the back/forward cache off; real browsers have it on, and it is where a
// logged-out page is most likely to come back from.
test.use({
  launchOptions: [
    async ({ launchOptions }, use) =>
      use({ ...launchOptions, ignoreDefaultArgs: ['--disable-back-forward-cache'] }),
    { scope: 'worker' },
  ],
})

test('browser back after "Log out" does not show the dashboard again', async ({ page }) => {
  await page.goto('/')
  await logInWithTotp(page, 'user02', 'Secure2024', USER02_SECRET)
  // leave the dashboard in the history: go on to another screen, log out from there
  await page.getByRole('link', { name: 'Business Portal' }).click()
  await expect(page.getByText('You are logged in as user02.')).toBeVisible()
  await page.getByRole('button', { name: 'Log out' }).click()
  await expect(page.getByText('You have logged out.')).toBeVisible()

  await page.goBack()
  await expectChooser(page)
  await expect(page.getByRole('heading', { name: 'Dashboard' })).toHaveCount(0)
  await expect(page.getByRole('button', { name: 'Log out' })).toHaveCount(0)
  await expect(page.getByText('You are logged in as')).toHaveCount(0)

  // a full load of the dashboard address does not resume it either
  await page.goto('/dashboard')
  await expectChooser(page)
})

test('a dashboard page restored by the back/forward cache after "Log out" is not shown', async ({
  page,
}) => {
  await page.clock.install()
  await page.addInitScript(() => {
    addEventListener('pageshow', (event) => {
      if (event.persisted) sessionStorage.setItem('probe.restoredFromCache', 'yes')
    })
  })
  // Chromium keeps a page in the cache only when nothing evicts it meanwhile (it may, on a busy
  // machine): try again until a restore has been seen, checking the screen every time.
  let restored = false
  for (let attempt = 1; attempt <= 3 && !restored; attempt++) {
    await page.goto('/')
    await logInWithTotp(page, 'user02', 'Secure2024', USER02_SECRET)
    // a full page load: the dashboard's document goes to the back/forward cache
    await page.goto('/')
    await expect(page.getByText('You are logged in as user02.')).toBeVisible()
    await page.getByRole('button', { name: 'Log out' }).click()
    await expect(page.getByText('You have logged out.')).toBeVisible()

    await page.goBack({ waitUntil: 'commit' }) // a restored page fires no load event
    await expectChooser(page)
    await expect(page.getByRole('heading', { name: 'Dashboard' })).toHaveCount(0)
    await expect(page.getByRole('button', { name: 'Log out' })).toHaveCount(0)
    restored = await page.evaluate(() => {
      const seen = sessionStorage.getItem('probe.restoredFromCache') === 'yes'
      sessionStorage.removeItem('probe.restoredFromCache')
      return seen
    })
    if (!restored) await page.clock.fastForward('00:30') // the next login needs a new code
  }
  expect(restored, 'the dashboard came back from the cache (else this test proves nothing)').toBe(
    true,
  )
})
