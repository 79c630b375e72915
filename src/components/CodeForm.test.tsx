import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { CodeForm } from './CodeForm'

function setup() {
  const onSubmit = vi.fn(async (_: { code: string }) => undefined)
  render(<CodeForm submitLabel="Register" onSubmit={onSubmit} />)
  return { onSubmit, input: screen.getByLabelText('Verify code') }
}

describe('Verify code input', () => {
  it('is a numeric one-time-code field without a length cap', () => {
    const { input } = setup()
    expect(input).toHaveAttribute('inputmode', 'numeric')
    expect(input).toHaveAttribute('autocomplete', 'one-time-code')
    expect(input).not.toHaveAttribute('maxlength')
  })

  it.each([
    ['123 456', '123456'],
    ['123-456', '123456'],
    ['１２３４５６', '123456'],
    [' 12 34 56 ', '123456'],
  ])('sends a pasted %j as %s', async (pasted, sent) => {
    const { onSubmit, input } = setup()
    const user = userEvent.setup()
    await user.click(input)
    await user.paste(pasted)
    await user.click(screen.getByRole('button', { name: 'Register' }))
    expect(onSubmit).toHaveBeenCalledWith({ code: sent })
  })

  it.each(['12345', '1234567', '12a456'])(
    'refuses %j with "Enter the 6-digit code" and keeps it',
    async (typed) => {
      const { onSubmit, input } = setup()
      const user = userEvent.setup()
      await user.type(input, typed)
      await user.click(screen.getByRole('button', { name: 'Register' }))
      expect(onSubmit).not.toHaveBeenCalled()
      expect(await screen.findByRole('link', { name: 'Enter the 6-digit code' })).toHaveAttribute(
        'href',
        '#code',
      )
      expect(input).toHaveAttribute('aria-invalid', 'true')
      expect(input).toHaveValue(typed)
    },
  )

  it('puts the error summary in focus after a failed submit', async () => {
    setup()
    await userEvent.click(screen.getByRole('button', { name: 'Register' }))
    expect(await screen.findByText('There is a problem')).toBeInTheDocument()
    expect(document.activeElement).toHaveClass('error-summary')
  })
})
