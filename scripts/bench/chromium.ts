/**
 * Chromium for the bench, started by chrome-launcher as Lighthouse's own CLI starts it (its
 * default flags: no extensions, no background networking or renderer throttling) with a fresh
 * profile and a DevTools port for Playwright and Lighthouse both.
 */
import { killAll, launch } from 'chrome-launcher'

export { killAll }

export type Chromium = { port: number; version: string; stop: () => Promise<void> }

export async function launchChromium(): Promise<Chromium> {
  const chrome = await launch({
    chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu'],
    logLevel: 'silent',
  })
  const info = await (await fetch(`http://127.0.0.1:${chrome.port}/json/version`)).json()
  return { port: chrome.port, version: String(info.Browser), stop: async () => chrome.kill() }
}
