import { render, screen } from '@testing-library/react'
import jsQR from 'jsqr'
import { describe, expect, it, vi } from 'vitest'
import { QrCode } from './QrCode'

const URI =
  'otpauth://totp/Business%20Portal:user01?secret=JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP&issuer=Business%20Portal&algorithm=SHA1&digits=6&period=30'

/** Paints the code's dark path (runs of `M x y h w v1 H x z`) at 4 pixels a module, as RGBA. */
function pixelsOf(svg: Element, scale = 4) {
  const size = Number(svg.getAttribute('viewBox')?.split(' ')[2])
  const side = size * scale
  const rgba = new Uint8ClampedArray(side * side * 4).fill(255)
  const dark = [...svg.querySelectorAll('path')].find((p) => p.getAttribute('fill') === '#000000')
  for (const [, x, y, w] of (dark?.getAttribute('d') ?? '').matchAll(
    /M(\d+)[ ,](\d+) ?h(\d+)v1H\d+z/g,
  )) {
    for (let py = Number(y) * scale; py < (Number(y) + 1) * scale; py++)
      for (let px = Number(x) * scale; px < (Number(x) + Number(w)) * scale; px++)
        rgba.fill(0, (py * side + px) * 4, (py * side + px) * 4 + 3)
  }
  return { rgba, side }
}

describe('QrCode', () => {
  it('is a named picture, black on white with a quiet zone, that reads back as the URI', () => {
    render(<QrCode value={URI} label="QR code for your app" />)
    const img = screen.getByRole('img', { name: 'QR code for your app' })
    expect([...img.querySelectorAll('path')].map((p) => p.getAttribute('fill'))).toEqual([
      '#ffffff',
      '#000000',
    ])
    const { rgba, side } = pixelsOf(img)
    // The quiet zone: 4 modules of white all round.
    expect([...rgba.subarray(0, 4 * 4 * 4)].every((v) => v === 255)).toBe(true)
    expect(jsQR(rgba, side, side, { inversionAttempts: 'dontInvert' })?.data).toBe(URI)
  })

  it('shows no code, and does not break the screen, for a value too long to encode', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined)
    const { container } = render(
      <main>
        <QrCode value={'x'.repeat(5000)} label="QR code" />
        <p>Setup key</p>
      </main>,
    )
    expect(screen.queryByRole('img')).not.toBeInTheDocument()
    expect(container).toHaveTextContent('Setup key')
  })
})
