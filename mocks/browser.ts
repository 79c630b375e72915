import { setupWorker } from 'msw/browser'
import { handlers } from './handlers'

export const worker = setupWorker(...handlers)

/** msw's documented start; its worker script sends the app's own files to the network. */
export function start() {
  return worker.start({
    onUnhandledRequest: 'bypass',
    quiet: true,
    serviceWorker: { url: '/mock-portal-worker.js' },
  })
}
