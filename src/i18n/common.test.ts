import { beforeAll, describe, expect, it } from 'vitest'
import { say } from './common'
import { loadLocale } from './index'

beforeAll(() => loadLocale('ja'))

describe('a message of several sentences', () => {
  const expired = [
    { key: 'error.code_expired' },
    { key: 'error.attemptsLeft', params: { count: 4 } },
  ] as const

  it('puts a space between English sentences', () => {
    expect(say(expired, 'en')).toMatch(/new one\. 4 attempts left/)
  })

  it('puts none after 「。」 in Japanese', () => {
    const text = say(expired, 'ja')
    expect(text).toContain('。あと4回')
    expect(text).not.toMatch(/。\s/)
  })
})
