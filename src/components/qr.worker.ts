import { type QrPath, qrPath } from './qr-path'

/** At least this many pixels a side: about 2 device pixels a CSS px at the code's 240 px. */
const SIDE = 480

/** The code as a PNG, modules on whole pixels; `null` where workers cannot draw. */
async function qrPng({ size, path }: QrPath): Promise<Blob | null> {
  if (typeof OffscreenCanvas === 'undefined' || typeof Path2D === 'undefined') return null
  const scale = Math.ceil(SIDE / size)
  const canvas = new OffscreenCanvas(size * scale, size * scale)
  const context = canvas.getContext('2d')
  if (!context) return null
  context.fillStyle = '#ffffff'
  context.fillRect(0, 0, canvas.width, canvas.height)
  context.scale(scale, scale)
  context.fillStyle = '#000000'
  context.fill(new Path2D(path))
  return canvas.convertToBlob({ type: 'image/png' })
}

// Encoding a QR code (every mask tried, each scored) is the longest piece of work on its screen,
// and on a first visit it runs as cold code: here it runs off the page's main thread. So does
// drawing it: a picture costs the page less than an SVG (the page's first SVG sets up the
// browser's SVG support, a long task of its own on a slow phone).
addEventListener('message', (event: MessageEvent<unknown>) => {
  if (typeof event.data !== 'string') return
  let qr: QrPath
  try {
    qr = qrPath(event.data)
  } catch (error) {
    // A value too long for a QR code: the page shows none, and does not try again itself.
    postMessage({ error: String(error) })
    return
  }
  qrPng(qr).then(
    (png) => postMessage({ ...qr, png }),
    () => postMessage(qr),
  )
})
