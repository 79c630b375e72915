import { describe, expect, it } from 'vitest'
import { en } from './en'
import { english as defined } from './index'
import ja from './ja.json'

// Every module that defines messages: loading them registers their English.
const modules = import.meta.glob(
  [
    '../**/*.tsx',
    '../**/words.ts',
    '../../app/**/*.tsx',
    '!../**/*.test.tsx',
    '!../../app/entry.*',
  ],
  { eager: true },
)

const placeholders = (text: string) =>
  [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))].sort()

type Catalog = Record<string, Record<string, string>>
const english: Catalog = { ...defined, common: en }
const japanese: Catalog = ja

describe('message catalogs', () => {
  it('loaded the components', () => {
    expect(Object.keys(modules).length).toBeGreaterThan(20)
    expect(Object.keys(english)).toEqual(expect.arrayContaining(['chooser', 'totpSetup', 'admin']))
  })

  it.each(Object.keys(english))('%s has the same keys in Japanese', (component) => {
    expect(Object.keys(japanese[component] ?? {}).sort()).toEqual(
      Object.keys(english[component] ?? {}).sort(),
    )
  })

  it('has no Japanese component that English lacks', () => {
    expect(Object.keys(japanese).filter((c) => !(c in english))).toEqual([])
  })

  it.each(Object.keys(english))('%s keeps every placeholder in Japanese', (component) => {
    for (const [key, text] of Object.entries(english[component] ?? {})) {
      const translated = japanese[component]?.[key] ?? ''
      expect([key, placeholders(translated)]).toEqual([key, placeholders(text)])
      expect([
        key,
        /[\u3000-\u30ff\u4e00-\u9fff\uff00-\uffef]/.test(translated) || translated === text,
      ]).toEqual([key, true])
    }
  })
})

describe('Japanese as a native writer puts it', () => {
  const texts = Object.values(japanese).flatMap((component) => Object.values(component))

  it('uses full-width punctuation: a colon after Japanese text is 「：」', () => {
    expect(texts.filter((text) => /[\u3040-\u30ff\u4e00-\u9fff）][:]/.test(text))).toEqual([])
  })

  it('pairs 旧認証方式 with 新認証方式, and says neither 新しい認証方式 nor a bare 旧方式', () => {
    expect(texts.filter((text) => /新しい認証方式|旧方式/.test(text))).toEqual([])
    expect(texts.some((text) => text.includes('（新認証方式）'))).toBe(true)
  })

  it('has none of the stiff phrases a reader stumbles on', () => {
    expect(texts.filter((text) => /2\.に進んで|2段階認証の2段階目/.test(text))).toEqual([])
  })
})

describe("the rules' numbers come from the policy", () => {
  // What may stay as digits: step names, "1-step"/"2-step", character ranges, and the demo data.
  // What may stay as digits: step names and numbers, "1-step"/"2-step", "one" said as a digit,
  // character ranges, and the gallery's own scenario figures.
  const notRules = new RegExp(
    [
      'STEP\\s?\\d',
      '[12]-step',
      '[12]段階',
      '[12]つ目',
      '\\d\\.\\s',
      'Step \\d of \\d',
      'ステップ \\d/\\d',
      '\\b1 attempt',
      'あと1回',
      '1文字以上',
      '1回だけ',
      '0に戻',
      '1分を切',
      '0[–-]9',
      '\\d+(½|分半)',
      '\\b500\\b',
      '\\b3 ?(s|秒)',
      '\\{\\w+\\}',
      '(user|admin)\\d\\d',
      'go on to \\d',
    ].join('|'),
    'g',
  )
  const all = (catalog: Catalog) =>
    Object.entries(catalog).flatMap(([component, texts]) =>
      Object.entries(texts).map(([key, text]) => ({ at: `${component}.${key}`, text })),
    )

  it.each([
    ['English', english],
    ['Japanese', japanese],
  ])('%s types no rule number: every one is a placeholder', (_, catalog) => {
    const typed = all(catalog).filter(({ text }) => /\d/.test(text.replace(notRules, '')))
    expect(typed.map(({ at, text }) => `${at}: ${text}`)).toEqual([])
  })

  it('a changed policy changes the messages, in both languages', async () => {
    const { textsIn } = await import('./index')
    const { common } = await import('./common')
    const { policy } = await import('../contract/policy')
    const other = {
      ...policy,
      lockout: { failures: 7, minutes: 20 },
      password: { ...policy.password, minLength: 8, maxLength: 64 },
    }
    await (await import('./index')).loadLocale('ja')
    const en = textsIn(common, 'en', other)
    const ja = textsIn(common, 'ja', other)
    expect(en['error.locked']).toContain('After 7 failed attempts')
    expect(ja['error.locked']).toContain('7回')
    expect(en['password.length']).toContain('8 to 64 characters')
    expect(ja['password.length']).toContain('8文字以上64文字以内')
    expect(textsIn(common, 'en')['error.locked']).toContain('After 5 failed attempts')
  })
})
