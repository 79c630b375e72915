import { expect, type Page, test } from '@playwright/test'
import { expectAccessible, holdScripts } from './fixtures'
import { englishLeft, japaneseLeft } from './language'
import { languages, openScenario, scenarios, screens, setLanguage } from './screens'

/** Browser console errors, minus the API's honest 4xx answers (and 500 where the state is one). */
function watchErrors(page: Page) {
  let errors: string[] = []
  let allow500 = false
  page.on('console', (m) => {
    const text = m.text()
    if (m.type() !== 'error') return
    if (/status of 4\d\d/.test(text)) return
    if (/Failed to update a ServiceWorker/.test(text)) return
    if (allow500 && /status of 500/.test(text)) return
    errors.push(text)
  })
  page.on('pageerror', (e) => {
    if (!/Failed to update a ServiceWorker/.test(e.message)) errors.push(e.message)
  })
  return {
    start(serverError: boolean) {
      errors = []
      allow500 = serverError
    },
    get errors() {
      return errors
    },
  }
}

for (const language of languages) {
  test(`every gallery entry opens its screen in its state, axe-clean, all in ${language}`, async ({
    page,
    context,
  }) => {
    test.setTimeout(scenarios.length * 12_000)
    await setLanguage(context, language)
    const watch = watchErrors(page)
    const failures: string[] = []
    for (const scenario of scenarios) {
      await test.step(scenario.name, async () => {
        watch.start(scenario.serverError === true)
        try {
          await openScenario(page, scenario, language)
          await expect(page.locator('html')).toHaveAttribute('lang', language)
          await expectAccessible(page)
          // Nothing left in the other language (brand names and the users' own data aside)
          const other = language === 'ja' ? await englishLeft(page) : await japaneseLeft(page)
          if (other.length) failures.push(`${scenario.name}: not ${language}: ${other.join(' | ')}`)
          expect(watch.errors, 'console errors').toEqual([])
        } catch (error) {
          failures.push(`${scenario.name}: ${String(error).split('\n').slice(0, 14).join(' ')}`)
        }
      })
    }
    expect(failures).toEqual([])
  })
}

test('the gallery lists every screen × state, grouped by screen, each a link that opens it', async ({
  page,
}) => {
  await page.goto('/')
  await page.locator('.toolbar').getByRole('link', { name: 'Screen gallery' }).click()
  await expect(page).toHaveURL(/\/gallery$/)
  await expect(page.getByRole('heading', { level: 1, name: 'Screen gallery' })).toBeVisible()
  for (const screen of screens) {
    const entries = scenarios.filter((s) => s.screen === screen.id)
    const group = page.getByRole('region', {
      name: new RegExp(screen.name.replace(/[()]/g, '\\$&')),
    })
    await expect(group.getByRole('heading', { level: 2 })).toContainText(screen.name)
    if (screen.id !== 'X')
      await expect(group.getByRole('heading', { level: 2 })).toContainText(screen.id)
    await expect(group.getByRole('link')).toHaveCount(entries.length)
    for (const entry of entries) {
      await expect(group.getByRole('link', { name: entry.title, exact: true })).toHaveAttribute(
        'href',
        `/scenario/${entry.name}`,
      )
    }
  }
  await expectAccessible(page)

  // A link opens the state, in a portal of this tab's own; the toolbar says so and leads back.
  await page.getByRole('link', { name: 'Account locked (user01)', exact: true }).click()
  await expect(page).toHaveURL(/\/login$/)
  await expect(page.locator('.error-summary')).toContainText(/locked/i)
  await expect(page.locator('.toolbar')).toContainText('Scenario portal: two-step-locked')
  await page.getByRole('button', { name: 'Back to my portal' }).click()
  await expect(page).toHaveURL(/\/$/)
  await expect(page.locator('.toolbar')).not.toContainText('Scenario portal')
  // The lock was the scenario's alone: in the user's own portal user01 is not locked.
  await page.goto('/login')
  await page.getByLabel('User ID').fill('user01')
  await page.getByLabel('Password', { exact: true }).fill('welcome1')
  await page.getByRole('button', { name: 'Log in' }).click()
  await expect(page.locator('.error-summary')).not.toContainText(/locked/i)
})

test('previews: each state at 360 and 1280 px, each iframe a portal of its own', async ({
  page,
}) => {
  await page.goto('/gallery')
  const entry = (title: string) =>
    page.getByRole('listitem').filter({ has: page.getByRole('link', { name: title, exact: true }) })
  for (const title of [
    'user02 after the 2-step login',
    'Fresh user01, logged in via the 1-step login',
  ]) {
    await entry(title).getByText('Previews', { exact: true }).click()
    await expect(entry(title).getByRole('list', { name: `Previews of "${title}"` })).toBeVisible()
  }
  const frames = page.locator('iframe')
  await expect(frames).toHaveCount(4)
  const user02 = page.frameLocator(
    'iframe[title="Preview of \\"user02 after the 2-step login\\" at 360 px"]',
  )
  await expect(user02.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible({
    timeout: 30_000,
  })
  await expect(user02.locator('header')).toContainText('user02')
  const user01 = page.frameLocator(
    'iframe[title="Preview of \\"Fresh user01, logged in via the 1-step login\\" at 1280 px"]',
  )
  await expect(
    user01.getByRole('heading', { level: 1, name: 'Set your new password' }),
  ).toBeVisible({
    timeout: 30_000,
  })
  await expect(user01.locator('header')).toContainText('user01')
  // The gallery's own tab is still nobody's session.
  await expect(page.locator('header')).not.toContainText('Log out')
  await expectAccessible(page)
})

test('"show previews of every state" opens every entry; closing one unticks it, unticking closes all', async ({
  page,
}) => {
  // Every preview near the viewport runs the app on the gallery's own main thread.
  test.slow()
  await page.goto('/gallery')
  const showAll = page.getByRole('checkbox', { name: 'Show previews of every state' })
  const previewLists = page.getByRole('list', { name: /^Previews of / })
  await showAll.check()
  const scrolled = () => page.evaluate(() => window.scrollY)
  const where = await scrolled()
  await expect(previewLists).toHaveCount(scenarios.length)
  // The screens arriving in the first previews take focus in their frames, not in the gallery.
  const frames = page.locator('iframe.preview__frame')
  for (const n of [0, 1, 2, 3]) {
    await expect(frames.nth(n).contentFrame().getByRole('heading', { level: 1 })).toBeVisible({
      timeout: 30_000,
    })
  }
  await expect(showAll).toBeFocused()
  expect(await scrolled()).toBe(where)
  const entry = page
    .getByRole('listitem')
    .filter({ has: page.getByRole('link', { name: 'Account locked (user01)', exact: true }) })
  await entry.getByText('Previews', { exact: true }).click()
  await expect(previewLists).toHaveCount(scenarios.length - 1)
  await expect(showAll).not.toBeChecked()
  await entry.getByText('Previews', { exact: true }).click()
  await expect(showAll).toBeChecked()
  await showAll.uncheck()
  await expect(previewLists).toHaveCount(0)
})

test('a disclosure opened before the scripts ran shows its previews once they run', async ({
  page,
}) => {
  const release = await holdScripts(page)
  await page.goto('/gallery', { waitUntil: 'commit' })
  const entry = page
    .getByRole('listitem')
    .filter({ has: page.getByRole('link', { name: 'Account locked (user01)', exact: true }) })
  await entry.getByText('Previews', { exact: true }).click()
  await expect(page.getByRole('checkbox', { name: 'Show previews of every state' })).toBeDisabled()
  release()
  await expect(
    entry.getByRole('list', { name: 'Previews of "Account locked (user01)"' }),
  ).toBeVisible()
  await expect(page.getByRole('checkbox', { name: 'Show previews of every state' })).toBeEnabled()
})

test('the gallery in Japanese is axe-clean too', async ({ page }) => {
  await page.context().addInitScript(() => localStorage.setItem('bp2s.locale', 'ja'))
  await page.goto('/gallery')
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja')
  await expectAccessible(page)
})
