import { act, render, screen } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { ApiErrorBody, MailSent } from '../contract'
import { ApiError } from '../lib/api'
import { CodeExpired, ResendCode } from './ResendCode'

const T0 = Date.UTC(2026, 11, 7, 9, 0)
const refusal = (code: ApiErrorBody['code'], retryAfterSeconds: number) =>
  new ApiError(429, { code, message: '', retryAfterSeconds })
const mail = (resendAt: number, limitReached = false): MailSent => ({
  maskedEmail: 'u****3@example.com',
  expiresAt: T0 + 10 * 60_000,
  resendAt,
  limitReached,
})

function show(props: { mail: MailSent | null; refused?: unknown }) {
  const ui = (p: typeof props) => (
    <ResendCode mail={p.mail} refused={p.refused} pending={false} onResend={() => {}} />
  )
  const view = render(ui(props))
  return {
    button: screen.getByRole('button', { name: 'Resend code' }),
    timer: screen.getByRole('timer'),
    update: (next: typeof props) => view.rerender(ui(next)),
  }
}

const pass = (ms: number) => act(() => vi.advanceTimersByTime(ms))

beforeEach(() => {
  vi.useFakeTimers()
  vi.setSystemTime(T0)
})
afterEach(() => vi.useRealTimers())

describe('Resend code', () => {
  it('waits for the time the portal named with the code', () => {
    const { button, timer } = show({ mail: mail(T0 + 60_000) })
    expect(button).toBeDisabled()
    expect(timer).toHaveTextContent('You can ask for a new code in 60 s.')
    pass(60_000)
    expect(button).toBeEnabled()
    expect(timer).toHaveTextContent('Did not get it? You can ask for a new code.')
  })

  it('after a refusal at the mail limit, with no code to go by, stays off for the wait it names', () => {
    const { button, timer } = show({ mail: null, refused: refusal('too_many_mails', 9 * 60) })
    expect(button).toBeDisabled()
    // the refusal's notice says why; the line under the button counts down
    expect(timer).toHaveTextContent(/^You can ask for a new code in 9 min\.$/)
    pass(9 * 60_000 - 1000)
    expect(button).toBeDisabled()
    pass(1000)
    expect(button).toBeEnabled()
  })

  it('counts a refusal from when it came, and forgets it when the next send goes out', () => {
    const { button, timer, update } = show({ mail: mail(T0) })
    expect(button).toBeEnabled()
    pass(5_000)
    update({ mail: mail(T0), refused: refusal('too_soon', 3) })
    expect(button).toBeDisabled()
    expect(timer).toHaveTextContent('You can ask for a new code in 3 s.')
    pass(3_000)
    expect(button).toBeEnabled()
    update({ mail: mail(T0 + 8_000 + 60_000), refused: null })
    expect(timer).toHaveTextContent('You can ask for a new code in 60 s.')
  })
})

describe('Code expired', () => {
  it('points at "Resend code" only once a new code may be sent', () => {
    render(<CodeExpired mail={mail(T0 + 60_000, true)} />)
    expect(screen.getByRole('status')).toHaveTextContent(
      'Your code has expired. When "Resend code" turns on, press it to get a new one.',
    )
    pass(60_000)
    expect(screen.getByRole('status')).toHaveTextContent(
      'Your code has expired. Press "Resend code" to get a new one.',
    )
  })

  it('says nothing once the portal has refused the code as expired (the form says it)', () => {
    const refused = (code: ApiErrorBody['code']) => new ApiError(400, { code, message: '' })
    const view = render(<CodeExpired mail={mail(T0)} refused={refused('code_invalid')} />)
    expect(screen.getByRole('status')).toHaveTextContent('Your code has expired.')
    view.rerender(<CodeExpired mail={mail(T0)} refused={refused('code_expired')} />)
    expect(screen.queryByRole('status')).not.toBeInTheDocument()
  })
})
