import { expect, test } from '@playwright/test'
import jsQR from 'jsqr'
import { PNG } from 'pngjs'
import { expectAccessible } from './fixtures'
import { latinPunctuation, splitTerms } from './line-breaks'
import { languages, openScenario, scenarios, setLanguage } from './screens'

/**
 * WCAG 1.4.10: at 320 CSS px (a 1280 px screen at 400 %, or a phone at 200 %) nothing scrolls
 * sideways, and no Japanese term is broken across two lines; and the dark colour scheme keeps
 * every contrast, with the QR code still on white.
 * (Console errors of every entry are the gallery spec's to check: one entry is a 500 answer.)
 */
test.use({ viewport: { width: 320, height: 640 }, colorScheme: 'dark' })

for (const language of languages) {
  test(`every gallery entry reflows at 320 px and passes axe in the dark scheme, in ${language}`, async ({
    page,
    context,
  }) => {
    test.setTimeout(scenarios.length * 12_000)
    await setLanguage(context, language)
    const failures: string[] = []
    for (const scenario of scenarios) {
      await test.step(scenario.name, async () => {
        try {
          await openScenario(page, scenario, language)
          const overflow = await page.evaluate(() => {
            const root = document.scrollingElement ?? document.documentElement
            return root.scrollWidth - root.clientWidth
          })
          if (overflow > 0) failures.push(`${scenario.name}: scrolls sideways by ${overflow} px`)
          if (language === 'ja') {
            for (const text of await splitTerms(page))
              failures.push(`${scenario.name}: a term broken across two lines in 「${text}」`)
            for (const text of await latinPunctuation(page))
              failures.push(`${scenario.name}: Latin punctuation in Japanese: 「${text}」`)
          }
          await expectAccessible(page)
        } catch (error) {
          failures.push(`${scenario.name}: ${String(error).replace(/\s+/g, ' ').slice(0, 600)}`)
        }
      })
    }
    expect(failures).toEqual([])
  })
}

test('the QR code stays black on white in the dark scheme', async ({ page }) => {
  const totp = scenarios.find((s) => s.name === 'totp')
  if (!totp) throw new Error('no "totp" scenario')
  await openScenario(page, totp)
  const qr = page.getByRole('img', { name: /QR code/ })
  await expect(qr).toBeVisible()
  const colours = await qr.evaluate((picture) => ({
    page: getComputedStyle(document.body).backgroundColor,
    frame: getComputedStyle(picture.parentElement ?? picture).backgroundColor,
  }))
  expect(colours.page).not.toBe('rgb(255, 255, 255)')
  expect(colours.frame).toBe('rgb(255, 255, 255)')
  // As a camera sees it: the quiet zone white at every corner, the modules black, and it reads
  // back as it is (not as an inverted code).
  const png = PNG.sync.read(await qr.screenshot())
  const { width: w, height: h } = png
  const rgb = (x: number, y: number) =>
    [...png.data.subarray((y * w + x) * 4, (y * w + x) * 4 + 3)].join()
  for (const [x, y] of [
    [2, 2],
    [w - 3, 2],
    [2, h - 3],
    [w - 3, h - 3],
  ] as const) {
    expect(rgb(x, y), `pixel ${x},${y}`).toBe('255,255,255')
  }
  expect(Array.from({ length: w }, (_, x) => rgb(x, Math.floor(h / 2)))).toContain('0,0,0')
  const read = jsQR(new Uint8ClampedArray(png.data), w, h, { inversionAttempts: 'dontInvert' })
  expect(read?.data).toMatch(/^otpauth:\/\/totp\//)
})
