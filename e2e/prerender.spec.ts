import { expect, test } from '@playwright/test'
import { pages, prerenderedPaths } from '../app/pages'
import ja from '../src/i18n/ja.json' with { type: 'json' }

/** Each page's h1 in English, and where its Japanese is in the catalog. */
const headings: Record<(typeof pages)[number]['path'], [string, keyof typeof ja]> = {
  '/': ['Log in to Business Portal', 'chooser'],
  '/portal-admin': ['The Portal Admin’s 2-step verification', 'adminGuide'],
  '/login/one-step': ['Log in with 1-step verification', 'oneStep'],
  '/dashboard': ['Dashboard', 'dashboard'],
  '/setup/password': ['Set your new password', 'passwordPage'],
  '/setup/password/done': ['Password changed', 'passwordDone'],
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
  const paths = prerenderedPaths(true)
  expect(paths).toHaveLength(pages.length * 2)
  for (const { path: plain } of pages) {
    const [english, component] = headings[plain]
    for (const [path, lang, heading] of [
      [plain, 'en', english],
      [plain === '/' ? '/ja' : `/ja${plain}`, 'ja', (ja[component] as { title: string }).title],
    ] as const) {
      expect(paths).toContain(path)
      await page.goto(path)
      await expect(page.locator('html'), path).toHaveAttribute('lang', lang)
      await expect(page.getByRole('heading', { level: 1 }), path).toHaveText(heading)
      await expect(page, path).toHaveTitle(new RegExp(heading.replace(/[!?]/g, '\\$&')))
    }
  }
})
