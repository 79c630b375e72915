import { errorSummary, expect, expectAccessible, logIn, snapshot, test } from './fixtures'

const rule = {
  length: 'The new password must have 6 to 32 characters',
  charset:
    'The new password may only use letters A–Z, a–z and digits 0–9 (no spaces, symbols or full-width characters)',
  digit: 'The new password must contain at least one digit (0–9)',
  case: 'The new password must contain an upper-case and a lower-case letter',
  userId: 'The new password must be different from your user ID',
  current: 'The new password must be different from the current password',
  mismatch: 'The passwords do not match',
  wrongCurrent: 'The current password is not right.',
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

test('S3 names each broken password rule, refuses 33 characters and a mismatched confirmation', async ({
  page,
}) => {
  await logIn(page, 'one-step', 'user01', 'welcome1')
  await page.getByRole('link', { name: 'Initial setting for 2-step verification' }).click()
  await expect(page).toHaveURL(/\/setup\/password$/)

  const current = page.getByLabel('Current password')
  const fresh = page.getByLabel('New password', { exact: true })
  const confirm = page.getByLabel('Confirm new password')
  const submit = page.getByRole('button', { name: 'Change Password' })

  /** Submits, then checks the new password's messages (these, no others): field and summary. */
  async function expectNewPasswordErrors(value: string, expected: string[]) {
    await fresh.fill(value)
    await confirm.fill(value)
    await submit.click()
    await expect(errorSummary(page)).toBeFocused()
    await expect(fresh).toHaveAttribute('aria-invalid', 'true')
    // one rule as it is; more, each ended as a sentence
    const text = expected.length > 1 ? expected.map((m) => `${m}.`).join(' ') : String(expected)
    await expect(fresh).toHaveAccessibleDescription(new RegExp(`Error: ${escapeRegExp(text)}$`))
    await expect(errorSummary(page).getByRole('link', { name: text, exact: true })).toBeVisible()
    await expect(fresh).toHaveValue(value) // what was typed stays
  }

  // nothing typed
  await submit.click()
  await expect(errorSummary(page)).toBeFocused()
  await expect(
    errorSummary(page).getByRole('link', { name: 'Enter your current password' }),
  ).toBeVisible()
  await expect(current).toHaveAccessibleDescription(/Enter your current password/)
  // each empty field is asked for once, as such; the rules stay in the checklist
  const summaryLinks = errorSummary(page).getByRole('link')
  await expect(summaryLinks).toHaveText([
    'Enter your current password',
    'Enter your new password',
    'Enter your new password again to confirm it',
  ])
  await expect(errorSummary(page)).not.toContainText(rule.length)

  await current.fill('welcome1')
  await expectNewPasswordErrors('Ab1cd', [rule.length])
  await expectAccessible(page)
  await snapshot(page, 'S3-password-errors')
  await expectNewPasswordErrors('Abcd 1234', [rule.charset])
  await expectNewPasswordErrors('Ａbcd1234', [rule.charset, rule.case])
  await expectNewPasswordErrors('Abcdefgh', [rule.digit])
  await expectNewPasswordErrors('abcd1234', [rule.case])
  await expectNewPasswordErrors('ABCD1234', [rule.case])
  await expectNewPasswordErrors('Ab1!', [rule.length, rule.charset])
  await expectNewPasswordErrors('User01', [rule.userId])
  await expectNewPasswordErrors('welcome1', [rule.case, rule.current])

  // 33 characters: kept whole in the field and refused; 32 are fine
  const thirtyThree = `Abcdefghij${'1234567890'.repeat(2)}abc`
  expect(thirtyThree).toHaveLength(33)
  await expect(fresh).not.toHaveAttribute('maxlength', /.*/)
  await expectNewPasswordErrors(thirtyThree, [rule.length])
  await expect(fresh).toHaveValue(thirtyThree)

  // confirmation mismatch, with a valid 32-character password
  const thirtyTwo = thirtyThree.slice(0, 32)
  await fresh.fill(thirtyTwo)
  await confirm.fill(`${thirtyTwo.slice(0, 31)}x`)
  await submit.click()
  await expect(errorSummary(page)).toBeFocused()
  await expect(errorSummary(page).getByRole('link', { name: rule.mismatch })).toBeVisible()
  await expect(confirm).toHaveAccessibleDescription(new RegExp(rule.mismatch))
  await expect(fresh).not.toHaveAttribute('aria-invalid', 'true')

  // the server checks the current password
  await current.fill('welcome2')
  await confirm.fill(thirtyTwo)
  await submit.click()
  await expect(errorSummary(page)).toBeFocused()
  await expect(errorSummary(page)).toContainText(rule.wrongCurrent)
  await expect(current).toHaveAccessibleDescription(new RegExp(escapeRegExp(rule.wrongCurrent)))
  await expect(page).toHaveURL(/\/setup\/password$/)
  await expect(fresh).toHaveValue(thirtyTwo)

  // and with everything right, on to STEP4
  await current.fill('welcome1')
  await submit.click()
  await expect(page).toHaveURL(/\/setup\/password\/done\/totp$/)
})

test('S3 checklist follows the typing, and show/hide keeps what was typed', async ({ page }) => {
  await logIn(page, 'one-step', 'user01', 'welcome1')
  await expect(page).toHaveURL(/\/dashboard$/)
  await page.goto('/setup/password')
  const fresh = page.getByLabel('New password', { exact: true })
  const status = page.getByRole('status').filter({ hasText: 'password rules met' })

  await fresh.pressSequentially('abc')
  await expect(status).toHaveText('3 of 6 password rules met')
  await fresh.pressSequentially('DE')
  await expect(status).toHaveText('4 of 6 password rules met')
  await fresh.pressSequentially('F1')
  await expect(status).toHaveText('6 of 6 password rules met')
  // the user ID and the current password are rules of the checklist too
  const rules = page.locator('#password-rules li')
  await page.getByLabel('Current password').fill('abcDEF1')
  await expect(status).toHaveText('5 of 6 password rules met')
  await expect(rules.filter({ hasText: 'other than your current password' })).toContainText(
    '(not met yet)',
  )
  await page.getByLabel('Current password').fill('')
  await fresh.fill('User01')
  await expect(rules.filter({ hasText: 'other than your user ID' })).toContainText('(not met yet)')
  await fresh.fill('abcDEF1')

  const toggle = page.locator('.field', { has: fresh }).getByRole('button')
  await expect(toggle).toHaveAccessibleName('Show New password')
  await expect(fresh).toHaveAttribute('type', 'password')
  await toggle.click()
  await expect(fresh).toHaveAttribute('type', 'text')
  await expect(toggle).toHaveAccessibleName('Hide New password')
  await expect(fresh).toHaveValue('abcDEF1')
  await toggle.click()
  await expect(fresh).toHaveAttribute('type', 'password')
  await expect(fresh).toHaveValue('abcDEF1')
})
