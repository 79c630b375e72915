import type { Page } from '@playwright/test'
import { wholeTerms } from '../src/i18n/terms'

/** Each visible occurrence of a term of `wholeTerms` (patterns) that the page shows across two lines. */
export function splitTerms(page: Page): Promise<string[]> {
  return page.evaluate(
    (terms) => {
      const split: string[] = []
      const range = document.createRange()
      // Lines are read in the page's text, not in one text node: a term may span elements.
      const chars: { node: Text; at: number }[] = []
      let text = ''
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT)
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const parent = node.parentElement
        if (!parent?.checkVisibility() || parent.closest('.visually-hidden')) continue
        const value = node.textContent ?? ''
        for (let at = 0; at < value.length; at++) chars.push({ node: node as Text, at })
        text += value
      }
      const middle = (i: number) => {
        const { node, at } = chars[i] ?? { node: document.body, at: 0 }
        range.setStart(node, at)
        range.setEnd(node, at + 1)
        const rect = range.getBoundingClientRect()
        return rect.top + rect.height / 2
      }
      for (const found of text.matchAll(new RegExp(terms.join('|'), 'g'))) {
        const at = found.index
        const { length } = found[0]
        const first = middle(at)
        const last = middle(at + length - 1)
        // Two lines: the last character's middle is below the first character's line.
        const lineHeight = range.getBoundingClientRect().height
        if (last - first > lineHeight / 2) {
          split.push(text.slice(Math.max(0, at - 8), at + length + 8))
        }
      }
      return split
    },
    [...wholeTerms],
  )
}

/**
 * Where a Japanese page sets Latin punctuation as its own: a space after 「。」, a half-width colon
 * after a word, or a label's (written in by CSS, so read from the generated content).
 */
export function latinPunctuation(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = []
    // biome-ignore lint/performance/useDomNodeTextContent: the text as laid out, hidden parts left out
    const text = document.body.innerText
    for (let at = text.indexOf('。 '); at >= 0; at = text.indexOf('。 ', at + 1))
      found.push(text.slice(Math.max(0, at - 8), at + 8))
    for (const { index } of text.matchAll(/[^\s\d]: /g))
      found.push(text.slice(Math.max(0, index - 8), index + 8))
    for (const element of document.querySelectorAll('main *')) {
      const { content } = getComputedStyle(element, '::before')
      if (/: /.test(content) && element.checkVisibility()) found.push(content)
    }
    return found
  })
}
