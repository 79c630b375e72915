import { atom, computed } from 'nanostores'

export const locales = ['en', 'ja'] as const
export type Locale = (typeof locales)[number]

export const STORAGE_KEY = 'bp2s.locale'

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value)
}

function stored(): Locale | undefined {
  try {
    const value = globalThis.localStorage?.getItem(STORAGE_KEY)
    return isLocale(value) ? value : undefined
  } catch {
    return undefined
  }
}

/** The first of these language tags ('ja-JP', 'en') we have, else English. */
export function firstLocale(tags: readonly string[]): Locale {
  for (const tag of tags) {
    const base = tag.trim().toLowerCase().split('-')[0]
    if (isLocale(base)) return base
  }
  return 'en'
}

/** The first of the browser's languages we have, else English. */
export function browserLocale(): Locale {
  return firstLocale(globalThis.navigator?.languages ?? [globalThis.navigator?.language ?? 'en'])
}

/** What the user chose with the language switch; undefined until they choose. */
export const localeSetting = atom<Locale | undefined>(stored())

export const locale = computed(localeSetting, (setting) => setting ?? browserLocale())

localeSetting.listen((value) => {
  try {
    if (value) localStorage.setItem(STORAGE_KEY, value)
    else localStorage.removeItem(STORAGE_KEY)
  } catch {
    // private mode: the choice lasts for this page only
  }
})

// Only on a change: writing `lang`, even the same value, restyles the whole page.
locale.subscribe((code) => {
  if (typeof document !== 'undefined' && document.documentElement.lang !== code)
    document.documentElement.lang = code
})
