import type { Page } from '@playwright/test'
import { wholeTerms } from '../src/i18n/whole-terms'

/** Each visible occurrence of a term of `wholeTerms` that the page shows across two lines. */
export function splitTerms(page: Page): Promise<string[]> {
  return page.evaluate((terms) => {
    const split: string[] = []
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT)
    const range = document.createRange()
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const raw = node.textContent ?? ''
      // Character positions in `raw` of the text without joiners, which is what a reader sees.
      const positions: number[] = []
      let text = ''
      for (let i = 0; i < raw.length; i++) {
        if (raw[i] === '\u2060') continue
        positions.push(i)
        text += raw[i]
      }
      for (const term of terms) {
        for (let at = text.indexOf(term); at >= 0; at = text.indexOf(term, at + 1)) {
          const tops = new Set<number>()
          for (let i = at; i < at + term.length; i++) {
            range.setStart(node, positions[i] ?? 0)
            range.setEnd(node, (positions[i] ?? 0) + 1)
            const rect = range.getClientRects()[0]
            // Visually hidden text (a 1 px clip) is no line anyone reads.
            if (!rect || rect.width === 0 || (node.parentElement?.offsetWidth ?? 0) <= 1) continue
            tops.add(Math.round(rect.top))
          }
          if (tops.size > 1) split.push(`${text.slice(Math.max(0, at - 8), at + term.length + 8)}`)
        }
      }
    }
    return split
  }, wholeTerms)
}
