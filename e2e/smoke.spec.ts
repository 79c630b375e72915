import { expect, logIn, test } from './fixtures'

test("the service worker answers the API (not the app's files), state survives a reload, a new context starts fresh", async ({
  page,
  browser,
}) => {
  await page.goto('/')
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  const answered = page.waitForResponse((r) => r.url().includes('/api/login/one-step'))
  await logIn(page, 'one-step', 'user01', 'welcome1')
  const response = await answered
  expect(response.fromServiceWorker()).toBe(true)
  expect(response.status()).toBe(200)
  await expect(
    page.getByRole('link', { name: 'Initial setting for 2-step verification' }),
  ).toBeVisible()

  // The page is now under the mock's worker: the API goes to the mock, the app's own files
  // straight to the network.
  const loaded: { type: string; viaWorker: boolean }[] = []
  page.on('response', (r) =>
    loaded.push({ type: r.request().resourceType(), viaWorker: r.fromServiceWorker() }),
  )
  await page.reload()
  await expect(
    page.getByRole('link', { name: 'Initial setting for 2-step verification' }),
  ).toBeVisible()
  const scripts = loaded.filter((r) => r.type === 'script')
  const api = loaded.filter((r) => r.type === 'fetch')
  expect(scripts.length).toBeGreaterThan(0)
  expect(scripts.filter((r) => r.viaWorker)).toEqual([])
  expect(api.length).toBeGreaterThan(0)
  expect(api.filter((r) => !r.viaWorker)).toEqual([])

  const fresh = await browser.newContext()
  const other = await fresh.newPage()
  await other.goto('/dashboard')
  await expect(other).toHaveURL(/\/$/)
  await expect(
    other.getByRole('link', {
      name: 'Log in with 2-step verification (new authentication method)',
    }),
  ).toBeVisible()
  await fresh.close()
})

test('the chooser is in the served HTML, painted before any script runs', async ({
  request,
  browser,
}) => {
  const html = await (await request.get('/')).text()
  expect(html).toContain('Log in with 2-step verification (new authentication method)')
  expect(html).toContain('Log in with 1-step verification (old authentication method)')
  const noScript = await browser.newContext({ javaScriptEnabled: false })
  const page = await noScript.newPage()
  await page.goto('/')
  await expect(
    page.getByRole('heading', { level: 1, name: 'Log in to Business Portal' }),
  ).toBeVisible()
  await noScript.close()
})

test('an address that is no page of ours says so, in the shell, with the way to the login screen', async ({
  page,
}) => {
  for (const address of ['/no-such-page', '/fr/login', '/ja/no-such-page']) {
    await page.goto(address)
    const heading = page.getByRole('heading', { level: 1 })
    await expect(heading).toHaveText(
      address.startsWith('/ja/') ? 'ページが見つかりません' : 'Page not found',
    )
    await expect(page.getByRole('banner')).toBeVisible()
  }
  await page.getByRole('link', { name: 'ログイン画面へ' }).click()
  await expect(page).toHaveURL(/\/ja$/)
})
