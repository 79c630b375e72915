import type { Locator, Page } from '@playwright/test'
import { expect, expectAccessible, MOMENT, test } from './fixtures'
import { openScenario, scenarios, setLanguage } from './screens'

/** Opens the gallery's scenario `name` (the page's state as a designer reviews it). */
async function open(page: Page, name: string, language: 'en' | 'ja' = 'en') {
  const scenario = scenarios.find((s) => s.name === name)
  if (!scenario) throw new Error(`no scenario ${name}`)
  await openScenario(page, scenario, language)
}

const box = async (locator: Locator) => {
  const found = await locator.boundingBox()
  if (!found) throw new Error('not on screen')
  return found
}

test.describe("the guide's own words", () => {
  test('the chooser links the Portal Admin to their procedure, in both languages', async ({
    page,
    context,
  }) => {
    await page.goto('/')
    await page
      .getByRole('link', { name: 'Please see here if you are the Portal Admin user.' })
      .click()
    await expect(page).toHaveURL(/\/portal-admin$/)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'The Portal Admin’s 2-step verification',
    )
    for (const words of [
      /choose your own second method/,
      /switch the second method/,
      /reset/,
      /unlock/,
      /without a smartphone or tablet/,
    ]) {
      await expect(page.getByRole('main')).toContainText(words)
    }
    await expectAccessible(page)
    await setLanguage(context, 'ja')
    await page.goto('/')
    await page.getByRole('link', { name: 'ポータル管理者の方は、こちらをご覧ください。' }).click()
    await expect(page).toHaveURL(/\/ja\/portal-admin$/)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('ポータル管理者の2段階認証')
  })

  test('the chooser dates the end of the old login, as each language writes a date', async ({
    page,
    context,
  }) => {
    await page.goto('/')
    await expect(page.getByText(/ends on 31 March 2027/)).toBeVisible()
    await setLanguage(context, 'ja')
    await page.goto('/')
    await expect(page.getByText(/2027年3月31日に廃止されます/)).toBeVisible()
  })
})

test("the Mailbox writes when a mail was sent as a lock's end is written, in both languages", async ({
  page,
  context,
}) => {
  const times = page
    .getByRole('list', { name: /Mails, newest first|メール（新しい順）/ })
    .locator('time')
  await open(page, 'mailbox-with-mails')
  await expect(times.first()).toBeVisible()
  for (const time of await times.allTextContents()) {
    expect(time).toMatch(MOMENT)
  }
  await setLanguage(context, 'ja')
  await open(page, 'mailbox-with-mails', 'ja')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('メールボックス')
  await expect(times.first()).toBeVisible()
  for (const time of await times.allTextContents()) {
    expect(time).toMatch(/^\d{4}年\d{1,2}月\d{1,2}日 \d{1,2}:\d\d \S+$/)
  }
})

test.describe('states that must not mislead or strand the user', () => {
  test('STEP4 tells a MailOTP user about mail codes, not the TOTP note', async ({ page }) => {
    await open(page, 'password-changed-mail')
    await expect(page.getByText(/each time you log in, a 6-digit code is sent to/)).toBeVisible()
    await expect(page.getByText(/ask your Portal Admin to change your method/)).toHaveCount(0)
    await expect(
      page.getByRole('link', { name: 'Setting the MailOTP authentication' }),
    ).toBeVisible()
  })

  test('a wrong email code is worded for an email, and the tries left are said from the first', async ({
    page,
  }) => {
    await open(page, 'mail-setup-wrong-code')
    const error = page.locator('.field__error')
    await expect(error).toContainText('Check the newest email from Business Portal')
    await expect(error).not.toContainText(/app|now shown/)
    await expect(error).toContainText('4 attempts left before the account is locked.')
  })

  test('the demo accounts fit a phone whole, and say what User management says', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 360, height: 800 })
    await open(page, 'chooser-demo-accounts')
    const accounts = page.getByRole('list', { name: 'Demo accounts of the mock portal' })
    await expect(accounts.getByRole('listitem')).toHaveCount(5)
    // every user ID and password on one line, the list no wider than the screen
    for (const code of await accounts.locator('code').all()) {
      const text = (await code.textContent()) ?? ''
      // a TOTP secret may wrap, between its groups of four
      const secret = /^[A-Z2-7]{4}( [A-Z2-7]{1,4})+$/.test(text)
      const split = await code.evaluate((el, secret) => {
        const node = el.firstChild
        if (!secret || !node) return el.getClientRects().length > 1 ? [el.textContent] : []
        const range = document.createRange()
        return [...(el.textContent ?? '').matchAll(/\S+/g)].flatMap(({ 0: group, index }) => {
          range.setStart(node, index)
          range.setEnd(node, index + group.length)
          return range.getClientRects().length > 1 ? [group] : []
        })
      }, secret)
      expect(split, `${text}: on one line, a secret's groups each whole`).toEqual([])
    }
    const list = await box(accounts)
    expect(list.x + list.width).toBeLessThanOrEqual(360)
    // admin02 chooses a method at setup: not "TOTP", as in User management
    const admin02 = accounts.getByRole('listitem').filter({ hasText: 'admin02' })
    await expect(admin02).toContainText('Not chosen yet')
    await expect(admin02).not.toContainText('TOTP')
    // the setup status in User management's words
    const statusOf = (id: string) =>
      accounts.getByRole('listitem').filter({ hasText: id }).getByRole('definition').nth(4)
    await expect(statusOf('user01')).toHaveText('Not started')
    await expect(statusOf('user02')).toHaveText('Complete')
    await expect(accounts.getByRole('term').nth(4)).toHaveText('Setup status')
  })

  test('a lock at the code step is a state of the page: until when, who unlocks, the way back', async ({
    page,
  }) => {
    await open(page, 'verify-totp-locked')
    const notice = page.locator('.notice--error')
    await expect(notice).toContainText('This step is closed')
    await expect(notice).toContainText(/\d{4}.*\d{1,2}:\d{2}.*(UTC|GMT|[A-Z]{2,4})/)
    await expect(notice).toContainText('Portal Admin')
    await expect(page.getByRole('button', { name: 'Verify' })).toHaveCount(0)
    await expect(page.getByLabel('Verify code')).toHaveCount(0)
    // nothing left on the page asks for a code
    await expect(page.getByText(/enter the 6-digit/)).toHaveCount(0)
    await notice.getByRole('link', { name: 'Log in again' }).click()
    await expect(page).toHaveURL(/\/login$/)
  })

  test('STEP5 helps a user without a smartphone; Register stays disabled until the QR code', async ({
    page,
  }) => {
    await open(page, 'slow-network')
    await expect(page.locator('.qr--loading')).toBeVisible()
    await expect(page.getByText(/No smartphone or tablet/)).toBeVisible()
    const register = page.getByRole('button', { name: 'Register' })
    await expect(register).toBeDisabled()
    await expect(register).toHaveAccessibleDescription('Loading the QR code…')
    await expect(page.getByRole('img', { name: /QR code/ })).toBeVisible({ timeout: 20_000 })
    await expect(register).toBeEnabled()
    await expect(register).toHaveAccessibleDescription('')
  })

  test('on a phone, "Open in your authenticator app" comes before the QR code it replaces', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 360, height: 800 })
    await open(page, 'totp')
    const link = page.getByRole('link', { name: 'Open in your authenticator app' })
    const qr = page.getByRole('img', { name: /QR code/ })
    expect((await box(link)).y).toBeLessThan((await box(qr)).y)
    await page.setViewportSize({ width: 1280, height: 800 })
    expect((await box(link)).y).toBeGreaterThan((await box(qr)).y)
  })

  test('a failure of the portal is shown above the form with a retry, not at the code field', async ({
    page,
    consoleErrors,
  }) => {
    await open(page, 'totp-server-error')
    await expect(page.getByText(/Something went wrong on the portal/)).toBeVisible()
    await expect(page.getByRole('button', { name: 'Try again' })).toBeVisible()
    await expect(page.getByLabel('Verify code')).not.toHaveAttribute('aria-invalid', 'true')
    // the scenario's own 500 answer, as Chrome logs it; nothing else may be in the console
    const served500 = /status of 500/
    expect(consoleErrors.filter((e) => served500.test(e))).toHaveLength(1)
    consoleErrors.splice(
      0,
      consoleErrors.length,
      ...consoleErrors.filter((e) => !served500.test(e)),
    )
  })
})

test.describe('look and feel', () => {
  test('a label sits closer to its own input than to the field above', async ({ page }) => {
    await page.goto('/login/one-step')
    const userId = await box(page.getByLabel('User ID'))
    const passwordLabel = await box(page.locator('label[for="password"]'))
    const password = await box(page.getByLabel('Password', { exact: true }))
    const toOwnInput = password.y - (passwordLabel.y + passwordLabel.height)
    const toFieldAbove = passwordLabel.y - (userId.y + userId.height)
    expect(toOwnInput).toBeLessThan(toFieldAbove)
  })

  test('the step indicator keeps one line at 320 px, names every step under it on a wide screen and marks done steps beyond colour', async ({
    page,
    context,
  }) => {
    await page.setViewportSize({ width: 320, height: 700 })
    await open(page, 'password')
    const steps = page.getByRole('navigation', { name: 'Initial setting progress' })
    const items = steps.getByRole('listitem')
    const boxes = () =>
      items.evaluateAll((list) =>
        list.map((li) => {
          const name = li.querySelector('span')?.getBoundingClientRect()
          return { top: li.getBoundingClientRect().top, nameWidth: name?.width ?? 0 }
        }),
      )
    const narrow = await boxes()
    expect(new Set(narrow.map((b) => b.top)).size).toBe(1)
    // Narrow: the heading says where the user is; the names are read out, not drawn.
    expect(narrow.every((b) => b.nameWidth <= 1)).toBe(true)
    await expect(steps.locator('[aria-current="step"]')).toContainText('New password')
    const tick = await items.first().evaluate((li) => getComputedStyle(li, '::before').content)
    expect(tick).toContain('✓')
    await expect(items.first()).toContainText('(done)')

    await page.setViewportSize({ width: 1280, height: 800 })
    const wide = await boxes()
    expect(new Set(wide.map((b) => b.top)).size).toBe(1)
    expect(wide.every((b) => b.nameWidth > 20)).toBe(true)
    for (const name of ['Log in', 'Dashboard', 'New password', 'Password changed', 'Second step']) {
      await expect(steps.getByText(name, { exact: true })).toBeVisible()
    }

    // In Japanese a name that wraps breaks between its words, never before its last character.
    await setLanguage(context, 'ja')
    await open(page, 'password', 'ja')
    const jaItems = page
      .getByRole('navigation', { name: '初期設定の進み具合' })
      .getByRole('listitem')
    const lines = await jaItems.evaluateAll((list) =>
      list.flatMap((li) => {
        const node = li.querySelector('span')?.lastChild
        const text = node?.textContent ?? ''
        const byTop = new Map<number, string>()
        ;[...text].forEach((char, index) => {
          const range = document.createRange()
          range.setStart(node as Node, index)
          range.setEnd(node as Node, index + 1)
          const top = Math.round(range.getBoundingClientRect().top)
          byTop.set(top, (byTop.get(top) ?? '') + char)
        })
        return [...byTop.values()].map((line) => line.replace(/[\s\u200b]/g, ''))
      }),
    )
    expect(lines.filter((line) => line.length === 1)).toEqual([])
    expect(lines).toContain('変更完了')
  })

  test('a focused link or button gets the yellow focus with a dark bar', async ({ page }) => {
    await page.goto('/')
    const link = page.getByRole('link', {
      name: 'Log in with 2-step verification (new authentication method)',
    })
    await link.focus()
    await page.keyboard.press('Shift+Tab')
    await page.keyboard.press('Tab')
    await expect(link).toBeFocused()
    const style = await link.evaluate((el) => getComputedStyle(el))
    expect(style.backgroundColor).toBe('rgb(255, 221, 0)')
    expect(style.boxShadow).toContain('rgb(11, 12, 12)')
  })

  test('the signed-in header keeps to two rows at 360 px, the mock toolbar to one, and folds', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 360, height: 800 })
    await open(page, 'dashboard-setup')
    const header = await box(page.locator('header'))
    const brand = await box(page.getByRole('link', { name: 'Business Portal' }))
    expect(header.height).toBeLessThanOrEqual(2 * brand.height + 40)
    const toolbar = page.locator('.toolbar')
    expect((await box(toolbar)).height).toBeLessThan(45)
    await toolbar.locator('summary').click()
    await expect(toolbar.getByRole('link', { name: 'Mailbox' })).toBeHidden()
    expect((await box(page.getByRole('heading', { level: 1 }))).y).toBeLessThan(300)
  })

  test('every main button follows one rule: full width on a phone', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 800 })
    for (const [name, label] of [
      ['one-step', 'Log in'],
      ['password', 'Change Password'],
      ['totp', 'Register'],
    ] as const) {
      await open(page, name)
      const main = await box(page.locator('main .narrow, main').first())
      const button = await box(page.getByRole('button', { name: label }))
      expect(Math.abs(button.width - (main.width - 32))).toBeLessThan(40)
    }
  })

  test('STEP4 and the end of the setup say their news in a confirmation panel', async ({
    page,
  }) => {
    await open(page, 'password-changed-totp')
    await expect(page.locator('.panel')).toContainText('Your password has been changed.')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Password changed')
    await open(page, 'complete')
    await expect(page.locator('.panel')).toContainText('The initial setup procedure is completed.')
  })
})

test('Japanese breaks lines between phrases, strictly', async ({ page, context }) => {
  await setLanguage(context, 'ja')
  await page.goto('/')
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja')
  const style = await page
    .locator('main p')
    .first()
    .evaluate((p) => ({
      wordBreak: getComputedStyle(p).wordBreak,
      lineBreak: getComputedStyle(p).lineBreak,
    }))
  expect(style).toEqual({ wordBreak: 'auto-phrase', lineBreak: 'strict' })
})
