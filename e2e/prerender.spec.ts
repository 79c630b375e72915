import { expect, test } from '@playwright/test'
import { addressesOf, pages } from '../app/pages'
import ja from '../src/i18n/ja.json' with { type: 'json' }

/** Each page's h1 in English, and where its Japanese is in the catalog. */
const headings: Record<(typeof pages)[number]['path'], [string, keyof typeof ja]> = {
  '/': ['Log in to Business Portal', 'chooser'],
  '/portal-admin': ['The Portal Admin’s 2-step verification', 'adminGuide'],
  '/login/one-step': ['Log in with 1-step verification', 'oneStep'],
  '/dashboard': ['Dashboard', 'dashboard'],
  '/setup/password': ['Set your new password', 'passwordPage'],
  '/setup/password/done/:method?': ['Password changed', 'passwordDone'],
  '/setup/totp': ['Set up your authenticator app', 'totpSetup'],
  '/setup/mail': ['Set up codes by email', 'mailSetup'],
  '/setup/complete': ['Congratulations!', 'complete'],
  '/login': ['Log in with 2-step verification', 'twoStep'],
  '/login/verify': ['Enter your verification code', 'verify'],
  '/admin': ['User management', 'admin'],
  '/mailbox': ['Mailbox', 'mailbox'],
  '/gallery': ['Screen gallery', 'gallery'],
}

test.use({ javaScriptEnabled: false })

test('every prerendered page shows its heading in its language before any script runs', async ({
  page,
}) => {
  for (const screen of pages) {
    const [english, component] = headings[screen.path]
    for (const plain of addressesOf(screen)) {
      for (const [path, lang, heading] of [
        [plain, 'en', english],
        [plain === '/' ? '/ja' : `/ja${plain}`, 'ja', (ja[component] as { title: string }).title],
      ] as const) {
        await page.goto(path)
        await expect(page.locator('html'), path).toHaveAttribute('lang', lang)
        await expect(page.getByRole('heading', { level: 1 }), path).toHaveText(heading)
        await expect(page, path).toHaveTitle(new RegExp(heading.replace(/[!?]/g, '\\$&')))
      }
    }
  }
})

test("S4's HTML shows a user the way on to their method before any script runs", async ({
  page,
}) => {
  const noDevice = /do not have a device such as a smartphone/
  await page.goto('/setup/password/done/totp')
  await expect(page.getByRole('link', { name: 'Setting the TOTP authentication' })).toHaveAttribute(
    'href',
    '/setup/totp',
  )
  await expect(page.getByText(noDevice)).toBeVisible()

  await page.goto('/ja/setup/password/done/mail')
  await expect(page.getByRole('link', { name: ja.passwordDone.mail })).toHaveAttribute(
    'href',
    '/ja/setup/mail',
  )
  await expect(page.getByText('MailOTP認証です')).toBeVisible()
  await expect(page.getByText(ja.passwordDone.noteNoDevice)).toHaveCount(0)

  await page.goto('/setup/password/done')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Password changed')
  await expect(page.getByRole('link', { name: /^Setting the/ })).toHaveCount(0)
})
