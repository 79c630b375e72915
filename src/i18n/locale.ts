export const locales = ['en', 'ja'] as const
export type Locale = (typeof locales)[number]

/** Where the language switch keeps the user's choice. */
export const STORAGE_KEY = 'bp2s.locale'

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value)
}

/** The first of these language tags ('ja-JP', 'en') we have, else English. */
export function firstLocale(tags: readonly string[]): Locale {
  for (const tag of tags) {
    const base = tag.trim().toLowerCase().split('-')[0]
    if (isLocale(base)) return base
  }
  return 'en'
}

const PREFIX = /^\/ja(?=\/|$)/

/** English lives at `/…`, Japanese at `/ja/…`: every screen is prerendered in both. */
export function localeOf(pathname: string): Locale {
  return PREFIX.test(pathname) ? 'ja' : 'en'
}

/** The path without its language prefix: `/ja/login` → `/login`. */
export function unprefixed(pathname: string): string {
  return pathname.replace(PREFIX, '') || '/'
}

/** An app path (`/login`, `/?ended=idle`) in `locale`. */
export function localizePath(locale: Locale, path: string): string {
  const plain = unprefixed(path)
  if (locale === 'en') return plain
  return plain === '/' || plain.startsWith('/?') ? `/ja${plain.slice(1)}` : `/ja${plain}`
}

export function savedLocale(): Locale | undefined {
  try {
    const value = globalThis.localStorage?.getItem(STORAGE_KEY)
    return isLocale(value) ? value : undefined
  } catch {
    return undefined
  }
}

export function saveLocale(code: Locale): void {
  try {
    localStorage.setItem(STORAGE_KEY, code)
  } catch {
    // private mode: the choice lasts as long as the page's address
  }
}

/**
 * Run in the page's head before the first paint (root.tsx): a page in the other language than the
 * user's goes to its twin at once. The stored choice wins; without one, a Japanese browser opening
 * an English address goes to the Japanese one, and a `/ja/` address is kept. Self-contained: it
 * is inlined as source.
 */
export function goToPreferredLanguage(key: string): void {
  try {
    const { pathname, search, hash } = location
    const onJapanese = /^\/ja(?=\/|$)/.test(pathname)
    const saved = localStorage.getItem(key)
    const browser = (navigator.languages || [navigator.language])
      .map((tag) => String(tag).toLowerCase().split('-')[0])
      .find((base) => base === 'en' || base === 'ja')
    const wanted = saved === 'en' || saved === 'ja' ? saved : onJapanese ? 'ja' : browser || 'en'
    if (wanted === 'ja' && !onJapanese)
      location.replace(`/ja${pathname === '/' ? '' : pathname}${search}${hash}`)
    if (wanted === 'en' && onJapanese)
      location.replace(`${pathname.slice(3) || '/'}${search}${hash}`)
    // The SPA fallback page (any address not prerendered) is English HTML
    document.documentElement.lang = onJapanese ? 'ja' : 'en'
  } catch {
    // no storage or no navigator: the address's language stays
  }
}
