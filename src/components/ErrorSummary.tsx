import { useEffect, useRef } from 'react'
import { i18n, terms, useMessages } from '../i18n'

const messages = i18n('errorSummary', { title: 'There is a problem' })

export type SummaryItem = { field?: string; message: string }

/** GOV.UK-style summary: takes focus when it appears and links to each field. */
export function ErrorSummary({ items, title }: { items: SummaryItem[]; title?: string }) {
  const t = useMessages(messages)
  const ref = useRef<HTMLDivElement>(null)
  // Focus comes once per submit (each submit mounts a new summary), when its problems appear:
  // fixing a field afterwards changes the list but leaves focus where the user is typing.
  const focused = useRef(false)
  const shown = items.length > 0
  useEffect(() => {
    if (!shown || focused.current) return
    focused.current = true
    ref.current?.focus()
  }, [shown])
  if (items.length === 0) return null
  return (
    <div className="error-summary" tabIndex={-1} ref={ref}>
      <div role="alert">
        <h2 className="error-summary__title" id="error-summary-title">
          {title ?? t.title}
        </h2>
        <ul className="error-summary__list">
          {items.map((item) => (
            <li key={`${item.field}:${item.message}`}>
              {item.field ? (
                <a
                  href={`#${item.field}`}
                  onClick={(event) => {
                    event.preventDefault()
                    document.getElementById(item.field ?? '')?.focus()
                  }}
                >
                  {terms(item.message)}
                </a>
              ) : (
                terms(item.message)
              )}
            </li>
          ))}
        </ul>
      </div>
    </div>
  )
}
