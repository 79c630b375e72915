import { act, render, screen } from '@testing-library/react'
import { hydrateRoot } from 'react-dom/client'
import { renderToString } from 'react-dom/server'
import { describe, expect, it, onTestFinished, vi } from 'vitest'
import { HydratedProvider, useHydrated } from './use-hydrated'

function Send() {
  return (
    <button type="submit" disabled={!useHydrated()}>
      Send
    </button>
  )
}

describe('useHydrated', () => {
  it('is false in the prerendered page and while hydrating it, then true, without a mismatch', async () => {
    const page = (
      <HydratedProvider>
        <Send />
      </HydratedProvider>
    )
    const container = document.createElement('div')
    container.innerHTML = renderToString(page)
    document.body.append(container)
    onTestFinished(() => container.remove())
    expect(screen.getByRole('button', { name: 'Send' })).toBeDisabled()

    const errors = vi.spyOn(console, 'error')
    const prerendered = screen.getByRole('button', { name: 'Send' })
    const root = await act(async () => hydrateRoot(container, page))
    onTestFinished(() => act(() => root.unmount()))
    expect(errors).not.toHaveBeenCalled()
    // The prerendered button itself, taken over by React, not a new one.
    expect(screen.getByRole('button', { name: 'Send' })).toBe(prerendered)
    expect(prerendered).toBeEnabled()
  })

  it('is true at once where nothing was prerendered', () => {
    render(<Send />)
    expect(screen.getByRole('button', { name: 'Send' })).toBeEnabled()
  })
})
