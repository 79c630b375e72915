import { i18n, type Locale, locale, locales, setLocale, useStore } from '../i18n'

const names: Record<Locale, string> = { en: 'English', ja: '日本語' }

const messages = i18n('languageSwitch', { label: 'Language' })

/** English | 日本語: the screen stays as it is, only its words change; the choice is kept. */
export function LanguageSwitch() {
  const t = useStore(messages)
  const current = useStore(locale)
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
                onClick={() => void setLocale(code)}
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
