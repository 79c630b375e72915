/** A macrotask boundary, so the browser can paint and answer input between two steps. */
function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler
  if (scheduler?.yield) return scheduler.yield()
  return new Promise((resolve) => setTimeout(resolve, 0))
}

/**
 * Starts the mock portal in the page's service worker. Its code loads and runs in several
 * smaller tasks (msw with its cookie store, the TOTP library, the handlers with the contract),
 * not one long one, so that it never blocks the main thread for long while a screen is in use.
 */
export async function startMockPortal(): Promise<void> {
  const { setupWorker } = await import('msw/browser')
  await yieldToMain()
  await import('otpauth')
  await yieldToMain()
  const { handlers } = await import('./handlers')
  await yieldToMain()
  const worker = setupWorker(...handlers)
  await worker.start({
    onUnhandledRequest: 'bypass',
    quiet: true,
    serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
  })
}
