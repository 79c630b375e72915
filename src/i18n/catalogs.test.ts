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

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort()

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
