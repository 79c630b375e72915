/**
 * Opening the mock portal's scenarios (mocks/scenario-list.ts) in a page, for the gallery test
 * and `npm run screens`: the language set before load, the scenario's screen in its state.
 */
import type { BrowserContext, Page } from '@playwright/test'
import { scenarios as listed, type ScenarioInfo, screens } from '../mocks/scenario-list'
import { ruleWords } from '../src/contract/policy'
import { fill } from '../src/i18n/catalog'

export type { ScenarioInfo }
export { screens }
/** The scenarios, their titles as the gallery shows them (the policy's numbers filled in). */
export const scenarios: ScenarioInfo[] = listed.map((s) => ({
  ...s,
  title: fill(s.title, ruleWords()),
}))

export const languages = ['en', 'ja'] as const
export type Language = (typeof languages)[number]
export const widths = [360, 1280] as const

/** The language switch's remembered choice, set before any page of the context loads. */
export async function setLanguage(context: BrowserContext, language: Language): Promise<void> {
  await context.addInitScript((value) => {
    localStorage.setItem('bp2s.locale', value)
  }, language)
}

const TIMEOUT = 20_000

/**
 * Opens `scenario` and waits until its screen shows its state: the scenario route gone, a
 * heading, the state's marker (an error summary, a dialog, …) and, for English, the heading's
 * words. Slow-network scenarios are caught in their loading state.
 */
export async function openScenario(
  page: Page,
  scenario: ScenarioInfo,
  language: Language = 'en',
): Promise<void> {
  await page.goto(`/scenario/${scenario.name}`)
  await page.waitForURL((url) => !url.pathname.startsWith('/scenario/'), { timeout: TIMEOUT })
  const h1 = page.getByRole('heading', { level: 1 })
  if (language === 'en') {
    await page
      .getByRole('heading', { level: 1, name: scenario.heading, exact: true })
      .waitFor({ timeout: TIMEOUT })
  } else {
    await h1.first().waitFor({ timeout: TIMEOUT })
  }
  if (scenario.ready) {
    await page.locator(scenario.ready).first().waitFor({ state: 'visible', timeout: TIMEOUT })
  }
  // Fonts, pictures and the last React commit, so a picture or an audit sees the settled screen.
  await page.evaluate(() =>
    Promise.all([document.fonts.ready, ...[...document.images].map((image) => image.decode())]),
  )
}

/** `screens/<language>/<scenario>-<width>.png`, relative to the output folder. */
export function shotPath(scenario: ScenarioInfo, language: Language, width: number): string {
  return `${language}/${scenario.name}-${width}.png`
}
