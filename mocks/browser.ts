import { loadContract } from '../src/lib/contract'
import { nextTask } from '../src/lib/next-task'

/**
 * Starts the mock portal in the page's service worker. Its code loads and runs in several
 * smaller tasks (msw's core with its cookie store, msw's browser part, zod, the contract, the
 * handlers), not one long one, so that it never blocks the main thread for long while a screen
 * is in use. The TOTP library loads with the first TOTP operation (./totp.ts).
 */
export async function startMockPortal(): Promise<void> {
  await import('./msw-core')
  await nextTask()
  const { setupWorker } = await import('msw/browser')
  await nextTask()
  await loadContract()
  await nextTask()
  const { handlers } = await import('./handlers')
  await nextTask()
  const worker = setupWorker(...handlers)
  await worker.start({
    onUnhandledRequest: 'bypass',
    quiet: true,
    serviceWorker: { url: `${import.meta.env.BASE_URL}mock-portal-worker.js` },
  })
}
