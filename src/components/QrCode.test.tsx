import { render, screen, waitFor } from '@testing-library/react'
import jsQR from 'jsqr'
import { describe, expect, it, vi } from 'vitest'
import { QrCode } from './QrCode'

const URI =
  'otpauth://totp/Business%20Portal:user01?secret=JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP&issuer=Business%20Portal&algorithm=SHA1&digits=6&period=30'

/** Paints the code's path (runs of `M x y h w v1 h -w z`) at 4 pixels a module, as RGBA. */
function pixelsOf(svg: Element, scale = 4) {
  const size = Number(svg.getAttribute('viewBox')?.split(' ')[2])
  const side = size * scale
  const rgba = new Uint8ClampedArray(side * side * 4).fill(255)
  const d = svg.querySelectorAll('path')[1]?.getAttribute('d') ?? ''
  for (const [, x, y, w] of d.matchAll(/M(\d+) (\d+)h(\d+)v1h-\d+z/g)) {
    for (let py = Number(y) * scale; py < (Number(y) + 1) * scale; py++)
      for (let px = Number(x) * scale; px < (Number(x) + Number(w)) * scale; px++)
        rgba.fill(0, (py * side + px) * 4, (py * side + px) * 4 + 3)
  }
  return { rgba, side }
}

describe('QrCode', () => {
  it('keeps its square while encoding, then shows a code that reads back as the URI', async () => {
    const { container } = render(<QrCode value={URI} label="QR code for your app" />)
    expect(container.querySelector('.qr__space')).toBeInTheDocument()
    const img = await screen.findByRole('img', { name: 'QR code for your app' })
    // Black modules on white, whatever the page's colours.
    expect([...img.querySelectorAll('path')].map((p) => p.getAttribute('fill'))).toEqual([
      '#ffffff',
      '#000000',
    ])
    const { rgba, side } = pixelsOf(img)
    expect(jsQR(rgba, side, side, { inversionAttempts: 'dontInvert' })?.data).toBe(URI)
  })

  it("shows the worker's picture when it sends one, and lets it go when it leaves", async () => {
    const png = new Blob(['png'], { type: 'image/png' })
    class DrawingWorker {
      onmessage: ((event: { data: unknown }) => void) | null = null
      postMessage() {
        queueMicrotask(() => this.onmessage?.({ data: { size: 33, path: 'M4 4h1v1h-1z', png } }))
      }
      terminate() {}
    }
    vi.stubGlobal('Worker', DrawingWorker)
    const created = vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:qr')
    const revoked = vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined)
    try {
      const { unmount } = render(<QrCode value={URI} label="QR code for your app" />)
      const img = await screen.findByRole('img', { name: 'QR code for your app' })
      expect(img.tagName).toBe('IMG')
      expect(img).toHaveAttribute('src', 'blob:qr')
      expect(created).toHaveBeenCalledWith(png)
      unmount()
      expect(revoked).toHaveBeenCalledWith('blob:qr')
    } finally {
      vi.unstubAllGlobals()
      created.mockRestore()
      revoked.mockRestore()
    }
  })

  it('shows no code, and does not break the screen, for a value too long to encode', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined)
    const { container } = render(<QrCode value={'x'.repeat(5000)} label="QR code" />)
    await waitFor(() => expect(container.querySelector('.qr')).not.toBeInTheDocument())
    expect(screen.queryByRole('img')).not.toBeInTheDocument()
    expect(logged).toHaveBeenCalled()
  })
})
