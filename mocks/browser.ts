import { setupWorker } from 'msw/browser'
import { routes } from './handlers'
import { mswHandlers } from './msw'

export const worker = setupWorker(...mswHandlers(routes))

/** msw's documented start; its worker script sends the app's own files to the network. */
export function start() {
  return worker.start({
    onUnhandledRequest: 'bypass',
    quiet: true,
    serviceWorker: { url: '/mock-portal-worker.js' },
  })
}
