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
 * English | 日本語: the same screen at its address in the other language (`/ja/…`), with what was
 * typed kept (the screen stays mounted); the choice is kept for the next visit.
 */
export function LanguageSwitch() {
  const t = useMessages(messages)
  const current = useLocale()
  const location = useLocation()
  const navigate = useNavigate()
  async function choose(code: Locale) {
    await loadLocale(code)
    saveLocale(code)
    const path = localizePath(code, location.pathname)
    navigate(`${path}${location.search}${location.hash}`, {
      replace: true,
      preventScrollReset: true,
      state: location.state,
    })
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
              <button
                type="button"
                className="link-button"
                lang={code}
                onClick={() => void choose(code)}
              >
                {names[code]}
              </button>
            )}
          </li>
        ))}
      </ul>
    </nav>
  )
}
