import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { api } from '../../../lib/api'
import { renderAt, withPortal } from '../../../test/render'

withPortal()

async function openStep3() {
  await api('loginOneStep', { userId: 'user01', password: 'welcome1' })
  const view = renderAt('/setup/password')
  await screen.findByRole('button', { name: 'Change Password' })
  return view
}

async function submit(current: string, next: string, confirm = next) {
  const user = userEvent.setup()
  if (current) await user.type(screen.getByLabelText('Current password'), current)
  if (next) await user.type(screen.getByLabelText('New password'), next)
  if (confirm) await user.type(screen.getByLabelText('Confirm new password'), confirm)
  await user.click(screen.getByRole('button', { name: 'Change Password' }))
}

const fieldError = (label: string) =>
  screen
    .getByLabelText(label)
    .getAttribute('aria-describedby')
    ?.split(' ')
    .map((id) => document.getElementById(id)?.textContent)
    .join(' ')

describe('STEP3 set password form', () => {
  it.each([
    ['Abc12', /6 to 32 characters/],
    [`Ab1${'x'.repeat(30)}`, /6 to 32 characters/],
    ['abcdef1', /upper-case and a lower-case/],
    ['Abcdefg', /at least one digit/],
    ['Abc 123', /only use letters/],
    ['Abc!123', /only use letters/],
  ])('refuses %j, naming the rule, and keeps what was typed', async (value, rule) => {
    await openStep3()
    await submit('welcome1', value)
    expect(fieldError('New password')).toMatch(rule)
    const summary = await screen.findByRole('alert')
    expect(within(summary).getByRole('link', { name: rule })).toHaveAttribute(
      'href',
      '#newPassword',
    )
    expect(screen.getByLabelText('New password')).toHaveValue(value)
    expect(screen.getByLabelText('New password')).toHaveAttribute('aria-invalid', 'true')
  })

  it('accepts 6 and 32 characters at the boundaries (no silent truncation)', async () => {
    await openStep3()
    const input = screen.getByLabelText('New password')
    expect(input).not.toHaveAttribute('maxlength')
    await userEvent.type(input, `Ab1${'x'.repeat(30)}`)
    expect(input).toHaveValue(`Ab1${'x'.repeat(30)}`)
  })

  it.each(['Abc123', `Ab1${'x'.repeat(29)}`])('moves on to STEP4 with %j', async (value) => {
    await openStep3()
    await submit('welcome1', value)
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Password changed' }),
    ).toBeInTheDocument()
  })

  it('names a confirmation that does not match', async () => {
    await openStep3()
    await submit('welcome1', 'Newpass123', 'Newpass124')
    expect(fieldError('Confirm new password')).toMatch(/do not match/)
  })

  it('refuses the current password and the user ID as the new one', async () => {
    await openStep3()
    await submit('welcome1', 'User01', 'User01')
    expect(fieldError('New password')).toMatch(/different from your user ID/)
  })

  it('refuses a new password equal to the current one', async () => {
    await openStep3()
    await submit('Welcome12', 'Welcome12')
    expect(fieldError('New password')).toMatch(/different from the current password/)
  })

  it('shows the server refusing a wrong current password at that field', async () => {
    await openStep3()
    await submit('welcome9', 'Newpass123')
    expect(
      await screen.findByText(/The current password is not right/, { selector: '.field__error' }),
    ).toBeInTheDocument()
    expect(screen.getByLabelText('Current password')).toHaveValue('welcome9')
  })

  it('ticks the live checklist as the user types', async () => {
    await openStep3()
    await userEvent.type(screen.getByLabelText('New password'), 'abc')
    const status = screen.getByRole('status', { name: '' })
    expect(status).toHaveTextContent('3 of 6 password rules met')
    await userEvent.type(screen.getByLabelText('New password'), 'D1ef')
    expect(status).toHaveTextContent('6 of 6 password rules met')
  })
})
