import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import type { ComponentProps } from 'react'
import { createRoutesStub } from 'react-router'
import { describe, expect, it, vi } from 'vitest'
import type { ApiErrorBody } from '../contract'
import { ApiError } from '../lib/api'
import { CodeForm } from './CodeForm'

let props: ComponentProps<typeof CodeForm>

function Screen() {
  return <CodeForm {...props} />
}

const Stub = createRoutesStub([{ path: '/', Component: Screen }])

function setup(answer: (body: { code: string }) => Promise<unknown> = async () => undefined) {
  const onSubmit = vi.fn(answer)
  const onStopped = vi.fn()
  props = {
    submitLabel: 'Register',
    onSubmit,
    method: 'mail',
    restart: { to: '/login', label: 'Log in again' },
    onStopped,
  }
  render(<Stub initialEntries={['/']} />)
  return { onSubmit, onStopped, input: screen.getByLabelText('Verify code') }
}

const refusal = (status: number, body: Partial<ApiErrorBody> & Pick<ApiErrorBody, 'code'>) =>
  new ApiError(status, { message: '', ...body })

async function enter(code: string) {
  const user = userEvent.setup()
  await user.type(screen.getByLabelText('Verify code'), code)
  await user.click(screen.getByRole('button', { name: 'Register' }))
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
      await enter(typed)
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

describe('answers of the portal', () => {
  it('words a wrong mailed code for mails, and says from the first miss how many tries are left', async () => {
    setup(async () => Promise.reject(refusal(400, { code: 'code_invalid', attemptsLeft: 4 })))
    await enter('123456')
    const field = await screen.findByText(/Check the newest email/, { selector: '.field__error' })
    expect(field).toHaveTextContent(
      'Error: The code is not right. Check the newest email from Business Portal and enter its code. 4 attempts left before the account is locked.',
    )
    expect(field).not.toHaveTextContent(/code now shown|app/)
  })

  it('shows a failure of the portal above the form, with a way to try again, not at the field', async () => {
    let fail = true
    const { onSubmit, input } = setup(async () => {
      if (fail) throw refusal(500, { code: 'server_error' })
    })
    await enter('123456')
    expect(await screen.findByText(/Something went wrong on the portal/)).toBeInTheDocument()
    expect(input).not.toHaveAttribute('aria-invalid')
    fail = false
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }))
    expect(onSubmit).toHaveBeenCalledTimes(2)
    expect(onSubmit).toHaveBeenLastCalledWith({ code: '123456' })
  })

  it('replaces the form when the account is locked: until when, who can unlock, the way back', async () => {
    const until = Date.UTC(2026, 11, 3, 9, 45)
    const { onStopped } = setup(async () =>
      Promise.reject(refusal(423, { code: 'locked', lockedUntil: until })),
    )
    await enter('123456')
    const notice = await screen.findByRole('status')
    expect(notice).toHaveTextContent('This step is closed')
    expect(notice).toHaveTextContent(/December 3, 2026.*UTC/)
    expect(notice).toHaveTextContent('Portal Admin')
    expect(screen.getByRole('link', { name: 'Log in again' })).toHaveAttribute('href', '/login')
    expect(screen.queryByRole('button', { name: 'Register' })).not.toBeInTheDocument()
    expect(screen.queryByLabelText('Verify code')).not.toBeInTheDocument()
    expect(onStopped).toHaveBeenCalled()
  })
})
