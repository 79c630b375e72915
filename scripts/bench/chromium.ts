/**
 * Chromium for the bench, started by chrome-launcher as Lighthouse's own CLI starts it (its
 * default flags: no extensions, no background networking or renderer throttling) with a fresh
 * profile and a DevTools port for Playwright and Lighthouse both; its renderers' main threads on a
 * core of their own while it runs (`own-core.ts`).
 */
import { killAll, launch } from 'chrome-launcher'
import { watchRenderers } from './own-core'

export { killAll }

export type Chromium = { port: number; version: string; stop: () => Promise<void> }

export async function launchChromium(): Promise<Chromium> {
  const unwatch = watchRenderers()
  const chrome = await launch({
    chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu'],
    logLevel: 'silent',
  }).catch((error) => {
    unwatch()
    throw error
  })
  const info = await (await fetch(`http://127.0.0.1:${chrome.port}/json/version`)).json()
  const stop = async () => {
    unwatch()
    chrome.kill()
  }
  return { port: chrome.port, version: String(info.Browser), stop }
}
