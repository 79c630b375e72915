import { Fragment, type ReactNode } from 'react'

/**
 * Japanese terms never broken across two lines. Chromium's phrase segmenter
 * (`word-break: auto-phrase`) splits some of them at phone widths (「認証方／式」, 「切り／替える」),
 * and breaks inside a date (「2027年3月／31日」), a range (「0–／9」), a count (「あと／4回」) or a time
 * and its zone (「19:33／UTC」).
 */
export const wholeTerms = [
  '認証方式',
  '切り替え',
  '\\d+年\\d+月\\d+日',
  '\\w–\\w',
  '(?:あと|約)\\d+[回分秒]',
  '\\d+:\\d{2}(?:\\s[AP]M)?\\s[A-Z]{2,}(?:[+−-]\\d+(?::\\d{2})?)?',
] as const

const term = new RegExp(`(${wholeTerms.join('|')})`)

/**
 * `text` for the page, each term in a span that keeps it on one line (decision 0021); one
 * element in all, so a flex container (a button) lays it out as one piece of text.
 */
export function terms(text: string): ReactNode {
  if (!term.test(text)) return text
  return (
    <span>
      {text.split(term).map((part, index) =>
        index % 2 ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one text never reorder
          <span key={index} className="term">
            {part}
          </span>
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one text never reorder
          <Fragment key={index}>{part}</Fragment>
        ),
      )}
    </span>
  )
}
