import type { Page } from '@playwright/test'
import {
  changePasswordAtStep3,
  codeFromMailbox,
  expect,
  expectAccessible,
  logIn,
  logInWithTotp,
  MOMENT,
  mailCodeInNewTab,
  pageNow,
  samePortal,
  scanQr,
  secretOf,
  snapshot,
  TWO_STEP_LINK,
  test,
  totp,
  watchConsole,
} from './fixtures'

const ADMIN01_SECRET = 'KRSXG5CTMVRXEZLUKRSXG5CTMVRXEZLU'
const USER02_SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP'

async function openUserManagement(page: Page): Promise<void> {
  await logInWithTotp(page, 'admin01', 'Admin2024x', ADMIN01_SECRET)
  await page.getByRole('link', { name: 'User management' }).click()
  await expect(page).toHaveURL(/\/admin$/)
  await expect(page.getByRole('heading', { level: 1, name: 'User management' })).toBeVisible()
  await expect(page.getByRole('table', { name: 'Users of Business Portal' })).toBeVisible()
}

const rowOf = (page: Page, userId: string) =>
  page
    .getByRole('table', { name: 'Users of Business Portal' })
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: new RegExp(`^${userId}( \\(you\\))?$`) }) })

/** Cells after the row header: Name, Role, Second method, Setup status, Lock state, Actions. */
const cellOf = (page: Page, userId: string, column: number) =>
  rowOf(page, userId).getByRole('cell').nth(column)
const METHOD = 2
const STATUS = 3
const LOCK = 4

const newestAudit = (page: Page) =>
  page.getByRole('list', { name: 'Audit log, newest first' }).getByRole('listitem').first()

test('admin01 switches user01 to MailOTP; user01 sets it up from the Mailbox and logs in with a mail code', async ({
  page,
  browser,
}) => {
  test.slow() // two people, two browsers, one portal
  await openUserManagement(page)
  await expect(cellOf(page, 'user01', METHOD)).toHaveText('TOTP')
  await expect(cellOf(page, 'user01', STATUS)).toHaveText('Not started')
  await expect(cellOf(page, 'user02', STATUS)).toHaveText('Complete')
  const admin02 = rowOf(page, 'admin02')
  await expect(admin02).toContainText('Portal Admins manage their own 2-step setting')
  await expect(admin02.getByRole('button')).toHaveCount(0)
  // admin02 chooses its own second method at STEP4: none is shown before
  await expect(cellOf(page, 'admin02', METHOD)).toHaveText('Not chosen yet')
  // nothing is registered for user01 yet: there is nothing to reset
  await expect(rowOf(page, 'user01').getByRole('button', { name: /Reset/ })).toHaveCount(0)
  await expect(rowOf(page, 'user02').getByRole('button', { name: /Reset/ })).toHaveCount(1)
  await expect(page.getByText('No Portal Admin has changed a user yet.')).toBeVisible()
  await expectAccessible(page)
  await snapshot(page, 'A1-user-management')
  // On a phone the rows become cards and stay a table for assistive technology.
  const desktop = page.viewportSize() ?? { width: 1280, height: 720 }
  await page.setViewportSize({ width: 360, height: 800 })
  await expect(cellOf(page, 'user02', STATUS)).toHaveText('Complete')
  await expect(page.getByRole('columnheader', { name: 'Setup status' })).toHaveCount(1)
  await expectAccessible(page)
  await page.setViewportSize(desktop)

  // Cancel changes nothing.
  const switchUser01 = page.getByRole('button', { name: 'Switch user01 to MailOTP' })
  await switchUser01.click()
  const dialog = page.getByRole('dialog', { name: 'Switch user01 to MailOTP?' })
  await expect(dialog).toBeVisible()
  // user01 has not started: the dialog says what the switch means for it, not for a user set up
  await expect(dialog).toContainText('user01 has not started the initial setting yet')
  await expect(dialog).toContainText('will set up MailOTP (STEP5) instead of TOTP')
  await expect(dialog).not.toContainText('stops working at once')
  await expect(dialog).toContainText("All of user01's sessions end now")
  await expect(dialog).toContainText('user01 gets an email')
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused()
  await expectAccessible(page)
  await snapshot(page, 'A1-confirm-switch')
  await dialog.getByRole('button', { name: 'Cancel' }).click()
  await expect(dialog).toBeHidden()
  await expect(switchUser01).toBeFocused()
  await expect(cellOf(page, 'user01', METHOD)).toHaveText('TOTP')

  await switchUser01.click()
  await dialog.getByRole('button', { name: 'Switch to MailOTP' }).click()
  await expect(dialog).toBeHidden()
  await expect(
    page.getByRole('status').filter({ hasText: 'user01 now uses MailOTP' }),
  ).toBeVisible()
  await expect(cellOf(page, 'user01', METHOD)).toHaveText('MailOTP')
  await expect(page.getByRole('button', { name: 'Switch user01 to TOTP' })).toBeVisible()
  await expect(newestAudit(page)).toContainText(
    'admin01 switched the second method of user01: TOTP → MailOTP',
  )
  await expectAccessible(page)
  await snapshot(page, 'A1-audit')

  // user01, in a browser of their own on the same portal.
  const context = await samePortal(browser, page.context())
  const user = await context.newPage()
  const errors = watchConsole(user)
  await logIn(user, 'one-step', 'user01', 'welcome1')
  await changePasswordAtStep3(user, 'welcome1', 'Welcome2025')
  await expect(user.getByRole('link', { name: 'Setting the TOTP authentication' })).toHaveCount(0)
  await user.getByRole('link', { name: 'Setting the MailOTP authentication' }).click()
  await expect(user).toHaveURL(/\/setup\/mail$/)
  await expect(user.getByText('u****1@example.com')).toBeVisible()
  await expectAccessible(user)
  await snapshot(user, 'S5m-mail-setup')

  // To the Mailbox and back: the setup and its code are kept.
  const code = await codeFromMailbox(user, 'user01@example.com')
  await expect(user.getByRole('article').first()).toContainText('Your verification code is')
  await expectAccessible(user)
  await snapshot(user, 'M1-mailbox')
  await user.goBack()
  await expect(user).toHaveURL(/\/setup\/mail$/)
  await expect(user.getByText('u****1@example.com')).toBeVisible()
  await user.getByLabel('Verify code').fill(code)
  await user.getByRole('button', { name: 'Register' }).click()
  await expect(user.getByRole('heading', { name: 'Congratulations!' })).toBeVisible()

  // The 2-step login sends a new code by mail.
  await user.getByRole('link', { name: TWO_STEP_LINK }).click()
  await user.getByLabel('User ID').fill('user01')
  await user.getByLabel('Password', { exact: true }).fill('Welcome2025')
  await user.getByRole('button', { name: 'Log in' }).click()
  await expect(user).toHaveURL(/\/login\/verify$/)
  await expect(user.getByText('u****1@example.com')).toBeVisible()
  await expectAccessible(user)
  await snapshot(user, 'S7-verify-mail')
  const loginCode = await mailCodeInNewTab(user, 'user01@example.com', [code])
  await user.getByLabel('Verify code').fill(loginCode)
  await user.getByRole('button', { name: 'Verify', exact: true }).click()
  await expect(user.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible()
  await expect(user.getByText('codes by email')).toBeVisible()
  expect(errors, 'console errors of user01').toEqual([])
  await context.close()
})

test('admin01 resets user02: the old app no longer logs in, user02 sets up TOTP again from the QR code', async ({
  page,
  browser,
}) => {
  test.slow() // two people, two browsers, one portal
  await openUserManagement(page)
  await page.getByRole('button', { name: 'Reset 2-step registration of user02' }).click()
  const dialog = page.getByRole('dialog', { name: 'Reset 2-step registration of user02?' })
  await expect(dialog).toContainText('is deleted and stops working at once')
  await expect(dialog).toContainText("All of user02's sessions end now")
  await expect(dialog).toContainText('goes straight to the TOTP setup (STEP5)')
  await expectAccessible(page)
  await snapshot(page, 'A1-confirm-reset')
  await dialog.getByRole('button', { name: 'Reset', exact: true }).click()
  await expect(
    page.getByRole('status').filter({ hasText: 'The 2-step registration of user02 was reset' }),
  ).toBeVisible()
  await expect(cellOf(page, 'user02', STATUS)).toHaveText('Second method not registered (STEP5)')
  await expect(newestAudit(page)).toContainText(
    'admin01 reset the 2-step registration of user02: TOTP',
  )

  const context = await samePortal(browser, page.context())
  await context.clock.install()
  const user = await context.newPage()
  const errors = watchConsole(user)
  await logIn(user, 'two-step', 'user02', 'Secure2024')
  // Not the code screen: straight to STEP5, no second password change.
  await expect(user).toHaveURL(/\/setup\/totp$/)
  await expect(user.getByRole('heading', { name: 'Set up your authenticator app' })).toBeVisible()
  await expect(user.getByRole('button', { name: 'Verify', exact: true })).toHaveCount(0)

  // The old app's code is refused.
  await user.getByLabel('Verify code').fill(totp(USER02_SECRET, await pageNow(user)))
  await user.getByRole('button', { name: 'Register' }).click()
  await expect(user.getByLabel('Verify code')).toHaveAccessibleDescription(/not right/)

  const secret = secretOf(await scanQr(user))
  expect(secret).not.toBe(USER02_SECRET)
  await user.getByLabel('Verify code').fill(totp(secret, await pageNow(user)))
  await user.getByRole('button', { name: 'Register' }).click()
  await expect(user.getByRole('heading', { name: 'Congratulations!' })).toBeVisible()

  await user.clock.fastForward(30_000)
  await logInWithTotp(user, 'user02', 'Secure2024', secret)
  await expect(user.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible()
  expect(errors, 'console errors of user02').toEqual([])
  await context.close()
})

test('admin01 switches user02, set up with TOTP, to MailOTP: the next login goes through the MailOTP setup', async ({
  page,
  browser,
}) => {
  test.slow() // two people, two browsers, one portal
  await openUserManagement(page)
  await page.getByRole('button', { name: 'Switch user02 to MailOTP' }).click()
  await page
    .getByRole('dialog', { name: 'Switch user02 to MailOTP?' })
    .getByRole('button', { name: 'Switch to MailOTP' })
    .click()
  await expect(
    page.getByRole('status').filter({ hasText: 'user02 now uses MailOTP' }),
  ).toBeVisible()
  await expect(cellOf(page, 'user02', STATUS)).toHaveText('Second method not registered (STEP5)')

  const context = await samePortal(browser, page.context())
  const user = await context.newPage()
  const errors = watchConsole(user)
  await logIn(user, 'two-step', 'user02', 'Secure2024')
  // No code screen for the old app: straight to the MailOTP setup, no second password change.
  await expect(user).toHaveURL(/\/setup\/mail$/)
  await expect(user.getByText('u****2@example.com')).toBeVisible()
  await user.getByRole('link', { name: 'Mailbox' }).click()
  await expect(
    user
      .getByRole('article', {
        name: 'Business Portal: your second verification method was changed',
      })
      .filter({ hasText: 'To user02@example.com' }),
  ).toContainText('Your previous method no longer works.')
  await user.goBack()
  const code = await mailCodeInNewTab(user, 'user02@example.com')
  await user.getByLabel('Verify code').fill(code)
  await user.getByRole('button', { name: 'Register' }).click()
  await expect(user.getByRole('heading', { name: 'Congratulations!' })).toBeVisible()
  expect(errors, 'console errors of user02').toEqual([])
  await context.close()
})

test('admin02 follows STEP1–STEP4, chooses TOTP for itself and completes the setup', async ({
  page,
}) => {
  test.slow() // STEP1–STEP5, then the 2-step login
  await page.clock.install()
  await logIn(page, 'one-step', 'admin02', 'adminpass2')
  await changePasswordAtStep3(page, 'adminpass2', 'Admin2Pass')
  const totpChoice = page.getByRole('button', { name: 'Setting the TOTP authentication' })
  const mailChoice = page.getByRole('button', { name: 'Setting the MailOTP authentication' })
  await expect(totpChoice).toBeVisible()
  await expect(mailChoice).toBeVisible()
  await expectAccessible(page)
  await snapshot(page, 'S4-admin-choice')
  await totpChoice.click()

  await expect(page).toHaveURL(/\/setup\/totp$/)
  const secret = secretOf(await scanQr(page))
  await page.getByLabel('Verify code').fill(totp(secret, await pageNow(page)))
  await page.getByRole('button', { name: 'Register' }).click()
  await expect(page.getByRole('heading', { name: 'Congratulations!' })).toBeVisible()

  await page.clock.fastForward(30_000)
  await logInWithTotp(page, 'admin02', 'Admin2Pass', secret)
  await page.getByRole('link', { name: 'User management' }).click()
  await expect(rowOf(page, 'admin02')).toContainText('(you)')
  await expect(cellOf(page, 'admin02', STATUS)).toHaveText('Complete')
  await expect(cellOf(page, 'admin02', METHOD)).toHaveText('TOTP')
})

test('a user locked by 5 wrong passwords is unlocked by admin01 and can log in again', async ({
  page,
  browser,
}) => {
  test.slow() // three browsers, one portal
  for (let attempt = 1; attempt <= 5; attempt += 1) {
    await logIn(page, 'two-step', 'user02', `Wrong${attempt}pass`)
    await expect(page.getByRole('alert')).toBeVisible()
  }
  const locked = page.getByRole('alert')
  await expect(locked).toContainText('After 5 failed attempts, this account is locked')
  await expect(locked).toContainText('ask your Portal Admin to unlock it')
  const until = (await locked.textContent())?.match(/Try again after (.+?), or ask/)?.[1]
  expect(until).toMatch(MOMENT)
  // Even the right password is refused now.
  await logIn(page, 'two-step', 'user02', 'Secure2024')
  await expect(page.getByRole('alert')).toContainText('locked')

  const adminContext = await samePortal(browser, page.context())
  const admin = await adminContext.newPage()
  const adminErrors = watchConsole(admin)
  await openUserManagement(admin)
  // The admin sees the same time as the locked user.
  await expect(cellOf(admin, 'user02', LOCK)).toHaveText(`Locked until ${until}`)
  await expect(cellOf(admin, 'user01', LOCK)).toHaveText('—Not locked')
  await expect(rowOf(admin, 'user01').getByRole('button', { name: /Unlock/ })).toHaveCount(0)
  await admin.getByRole('button', { name: 'Unlock user02' }).click()
  const dialog = admin.getByRole('dialog', { name: 'Unlock user02?' })
  await expect(dialog).toContainText('user02 can log in again at once')
  await expectAccessible(admin)
  await snapshot(admin, 'A1-confirm-unlock')
  await dialog.getByRole('button', { name: 'Unlock', exact: true }).click()
  const status = admin.getByRole('status').filter({ hasText: 'user02 is unlocked' })
  await expect(status).toBeVisible()
  // The "Unlock" button is gone with the lock: focus lands on the result, not the page top.
  await expect(status).toBeFocused()
  await expect(cellOf(admin, 'user02', LOCK)).toHaveText('—Not locked')
  await expect(admin.getByRole('button', { name: 'Unlock user02' })).toHaveCount(0)
  await expect(newestAudit(admin)).toContainText('admin01 unlocked user02.')
  // The log writes its moments as the lock's end is written.
  await expect(newestAudit(admin).locator('time')).toHaveText(MOMENT)
  expect(adminErrors, 'console errors of admin01').toEqual([])

  const userContext = await samePortal(browser, adminContext)
  const user = await userContext.newPage()
  const userErrors = watchConsole(user)
  await logInWithTotp(user, 'user02', 'Secure2024', USER02_SECRET)
  await expect(user.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible()
  expect(userErrors, 'console errors of user02').toEqual([])
  await adminContext.close()
  await userContext.close()
})

test('a general user never sees User management, and the admin API refuses them', async ({
  page,
}) => {
  await logInWithTotp(page, 'user02', 'Secure2024', USER02_SECRET)
  await expect(page.getByRole('link', { name: 'User management' })).toHaveCount(0)
  await page.goto('/admin')
  await expect(page).toHaveURL(/\/dashboard$/)
  await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible()
  await expect(page.getByRole('heading', { name: 'User management' })).toHaveCount(0)
  await expect(page.getByRole('table')).toHaveCount(0)

  const statuses = await page.evaluate(async () => {
    const post = { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' }
    return Promise.all([
      fetch('/api/admin/users').then((r) => r.status),
      fetch('/api/admin/audit').then((r) => r.status),
      fetch('/api/admin/users/user01/reset', post).then((r) => r.status),
    ])
  })
  expect(statuses).toEqual([403, 403, 403])
})
