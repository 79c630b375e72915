import type { MouseEvent } from 'react'
import { useLocation, useNavigate } from 'react-router'
import {
  i18n,
  type Locale,
  loadLocale,
  locales,
  localizePath,
  saveLocale,
  useLocale,
  useMessages,
} from '../i18n'

const names: Record<Locale, string> = { en: 'English', ja: '日本語' }

const messages = i18n('languageSwitch', { label: 'Language' })

/**
 * English | 日本語: links to the same screen at its address in the other language (`/ja/…`), so
 * they work before the app has started too. With the app, what was typed is kept (the screen
 * stays mounted) and the choice is kept for the next visit.
 */
export function LanguageSwitch() {
  const t = useMessages(messages)
  const current = useLocale()
  const location = useLocation()
  const navigate = useNavigate()
  const hrefIn = (code: Locale) =>
    `${localizePath(code, location.pathname)}${location.search}${location.hash}`
  async function choose(event: MouseEvent<HTMLAnchorElement>, code: Locale) {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey)
      return
    event.preventDefault()
    await loadLocale(code)
    saveLocale(code)
    navigate(hrefIn(code), { replace: true, preventScrollReset: true, state: location.state })
  }
  return (
    <nav className="language-switch" aria-label={t.label}>
      <ul>
        {locales.map((code) => (
          <li key={code}>
            {code === current ? (
              <span aria-current="true" lang={code}>
                {names[code]}
              </span>
            ) : (
              <a
                href={hrefIn(code)}
                lang={code}
                hrefLang={code}
                onClick={(e) => void choose(e, code)}
              >
                {names[code]}
              </a>
            )}
          </li>
        ))}
      </ul>
    </nav>
  )
}
