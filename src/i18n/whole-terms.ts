/**
 * Japanese terms never broken across two lines. Chromium's phrase segmenter
 * (`word-break: auto-phrase`) splits some of them at phone widths (「認証方／式」, 「切り／替える」);
 * a WORD JOINER (U+2060, invisible, no space) between their characters forbids those breaks.
 */
export const wholeTerms = ['認証方式', '切り替え'] as const

const JOINER = '\u2060'
const joined = (term: string) => [...term].join(JOINER)

/** `text` as the screen shows it, its terms kept whole. */
export const keepWhole = (text: string) =>
  wholeTerms.reduce((result, term) => result.replaceAll(term, joined(term)), text)

/** A catalog (component → key → text) with its terms kept whole. */
export function keepTermsWhole(
  catalog: Record<string, Record<string, string>>,
): Record<string, Record<string, string>> {
  return Object.fromEntries(
    Object.entries(catalog).map(([component, texts]) => [
      component,
      Object.fromEntries(Object.entries(texts).map(([key, text]) => [key, keepWhole(text)])),
    ]),
  )
}
