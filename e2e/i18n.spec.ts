import type { Page } from '@playwright/test'
import {
  expect,
  expectAccessible,
  pageNow,
  scanQr,
  secretOf,
  snapshot,
  test,
  totp,
} from './fixtures'
import { englishLeft, japaneseLeft } from './language'

const NEW_PASSWORD = 'Nihongo2025'

async function expectAllJapanese(page: Page, heading: string) {
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading)
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja')
  expect(await englishLeft(page), `English left on "${heading}"`).toEqual([])
  await expectAccessible(page)
}

test('the language switch on STEP3 keeps the step and what was typed, and is remembered', async ({
  page,
}) => {
  await page.goto('/login/one-step')
  await page.getByLabel('User ID').fill('user01')
  await page.getByLabel('Password', { exact: true }).fill('welcome1')
  await page.getByRole('button', { name: 'Log in' }).click()
  await page.getByRole('link', { name: 'Initial setting for 2-step verification' }).click()
  await expect(page).toHaveURL(/\/setup\/password$/)
  await page.getByLabel('Current password').fill('welcome1')
  await page.getByLabel('New password', { exact: true }).fill('abc')
  expect(await japaneseLeft(page)).toEqual([])

  await page
    .getByRole('navigation', { name: 'Language' })
    .getByRole('link', { name: '日本語' })
    .click()
  await expect(page).toHaveURL(/\/setup\/password$/)
  await expectAllJapanese(page, '新しいパスワードを設定する')
  await expect(page.getByLabel('現在のパスワード')).toHaveValue('welcome1')
  await expect(page.getByLabel('新しいパスワード', { exact: true })).toHaveValue('abc')
  const steps = page.getByRole('navigation', { name: '初期設定の進み具合' })
  await expect(steps.locator('[aria-current="step"]')).toContainText('STEP3')
  await expect(page).toHaveTitle(/新しいパスワードを設定する/)

  // Remembered: a reload (and a new tab of the same browser) stays Japanese
  await page.reload()
  await expectAllJapanese(page, '新しいパスワードを設定する')

  await page
    .getByRole('navigation', { name: '表示言語' })
    .getByRole('link', { name: 'English' })
    .click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Set your new password')
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
  expect(await japaneseLeft(page)).toEqual([])
})

test('a Japanese browser gets Japanese on every screen of the onboarding, errors included', async ({
  browser,
}) => {
  test.slow()
  const context = await browser.newContext({ locale: 'ja-JP' })
  const page = await context.newPage()
  await page.clock.install()

  await page.goto('/')
  await expectAllJapanese(page, 'ビジネスポータルにログイン')
  await snapshot(page, 'ja-S0-chooser')
  await page.getByRole('link', { name: '1段階認証でログイン（旧認証方式）' }).click()

  await expectAllJapanese(page, '1段階認証でログイン')
  await page.getByLabel('ユーザーID').fill('user01')
  await page.getByLabel('パスワード', { exact: true }).fill('wrong0pass')
  await page.getByRole('button', { name: 'ログイン' }).click()
  await expect(page.getByRole('alert')).toContainText(
    'ユーザーIDまたはパスワードが正しくありません。',
  )
  await expectAllJapanese(page, '1段階認証でログイン')
  await page.getByLabel('パスワード', { exact: true }).fill('welcome1')
  await page.getByRole('button', { name: 'ログイン' }).click()

  await expectAllJapanese(page, 'ダッシュボード')
  await page.getByRole('link', { name: '2段階認証の初期設定' }).click()

  await expect(page.getByRole('heading', { level: 1 })).toHaveText('新しいパスワードを設定する')
  await page.getByRole('button', { name: 'パスワードを変更' }).click()
  await expect(page.getByRole('alert')).toContainText('現在のパスワードを入力してください')
  await expectAllJapanese(page, '新しいパスワードを設定する')
  await snapshot(page, 'ja-S3-errors')
  await page.getByLabel('現在のパスワード').fill('welcome1')
  await page.getByLabel('新しいパスワード', { exact: true }).fill(NEW_PASSWORD)
  await page.getByLabel('新しいパスワード（確認）').fill(NEW_PASSWORD)
  await page.getByRole('button', { name: 'パスワードを変更' }).click()

  await expectAllJapanese(page, 'パスワード変更完了')
  await page.getByRole('link', { name: 'TOTP認証の設定' }).click()

  await expect(page.getByRole('img', { name: /QRコード/ })).toBeVisible()
  await expectAllJapanese(page, '認証アプリを設定する')
  await snapshot(page, 'ja-S5-totp')
  const secret = secretOf(await scanQr(page))
  await page.getByLabel('確認コード').fill('000000')
  await page.getByRole('button', { name: '登録' }).click()
  await expect(page.getByRole('alert')).toContainText('確認コードが正しくありません')
  await expectAllJapanese(page, '認証アプリを設定する')
  await page.getByLabel('確認コード').fill(totp(secret, await pageNow(page)))
  await page.getByRole('button', { name: '登録' }).click()

  await expectAllJapanese(page, 'おめでとうございます！')
  await page.getByRole('link', { name: '2段階認証でログイン（新認証方式）' }).click()
  await expectAllJapanese(page, '2段階認証でログイン')
  await context.close()
})
