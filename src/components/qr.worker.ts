import { qrPath } from './qr-path'

// Encoding a QR code (every mask tried, each scored) is the longest piece of work on its screen,
// and on a first visit it runs as cold code: here it runs off the page's main thread.
addEventListener('message', (event: MessageEvent<unknown>) => {
  if (typeof event.data === 'string') postMessage(qrPath(event.data))
})
