/** What the bench and its A/B runs share: serving a build, and one cold Lighthouse run of a page. */
import { loadavg } from 'node:os'
import { type ServerType, serve } from '@hono/node-server'
import { type Browser, chromium, type Page } from '@playwright/test'
import { staticSite } from '../../server/static'
import { type Chromium, launchChromium } from './chromium'
import { audit, type Run } from './lighthouse'
import type { BenchPage } from './pages'

export function listen(root: string): Promise<{ origin: string; server: ServerType }> {
  return new Promise((ready) => {
    const server = serve(
      { fetch: staticSite(root).fetch, port: 0, hostname: '127.0.0.1' },
      (info) => ready({ origin: `http://127.0.0.1:${info.port}`, server }),
    )
  })
}

/** Playwright on a Chromium the bench launched (Lighthouse then uses the same one). */
export async function withPage<T>(browser: Chromium, use: (page: Page) => Promise<T>): Promise<T> {
  const connected: Browser = await chromium.connectOverCDP(`http://127.0.0.1:${browser.port}`)
  try {
    const context = connected.contexts()[0]
    if (!context) throw new Error('Chromium has no default context')
    return await use(await context.newPage())
  } finally {
    await connected.close()
  }
}

/** The page in its state, as cold as a first visit: no HTTP cache, no mock worker yet. */
export async function prepare(browser: Chromium, page: BenchPage, origin: string): Promise<void> {
  await withPage(browser, async (tab) => {
    if (page.state) await page.state(tab, origin)
    else await tab.goto(origin)
    const cdp = await tab.context().newCDPSession(tab)
    await tab.goto('about:blank')
    await cdp.send('Storage.clearDataForOrigin', {
      origin,
      storageTypes: 'service_workers,cache_storage',
    })
    await cdp.send('Network.clearBrowserCache')
    await cdp.detach()
    await tab.close()
  })
}

export async function measure(
  name: string,
  url: string,
  before?: (browser: Chromium) => Promise<void>,
): Promise<Run> {
  const browser = await launchChromium()
  try {
    await before?.(browser)
    const run = await audit(url, browser.port, `.bench/lhr/${name}.json`)
    run.load = loadavg()[0] ?? 0
    return run
  } finally {
    await browser.stop()
  }
}
