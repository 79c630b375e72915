import { render } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { moment } from './catalog'
import { terms } from './terms'

/** The pieces of `text` that the page keeps on one line. */
function whole(text: string): string[] {
  const { container } = render(<p>{terms(text)}</p>)
  expect(container).toHaveTextContent(text.replace(/\s+/g, ' '), { normalizeWhitespace: true })
  return [...container.querySelectorAll('.term')].map((term) => term.textContent ?? '')
}

describe('terms kept whole on a line', () => {
  it("keeps a lock's end whole: its date, and its time with the zone", () => {
    // "2026年12月7日 19:33 UTC", in the browser's time zone
    const until = moment(Date.UTC(2026, 11, 7, 19, 33), 'ja')
    const day = until.slice(0, until.indexOf(' '))
    expect(whole(`${until}までロック中`)).toEqual([day, until.slice(day.length + 1)])
  })

  it('keeps an English time with its AM/PM and zone together', () => {
    const text = `Try again after ${moment(Date.UTC(2026, 11, 7, 19, 33), 'en')}, or ask`
    const [term] = whole(text)
    expect(term).toMatch(/^\d+:33\s[AP]M \S+$/)
  })

  it('keeps a range of digits, and leaves text with no term as it is', () => {
    expect(whole('半角英字（A–Z、a–z）と半角数字（0–9）のみ')).toEqual(['A–Z', 'a–z', '0–9'])
    expect(whole('ログインし直す')).toEqual([])
  })
})
