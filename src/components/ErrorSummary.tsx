import { useEffect, useRef } from 'react'
import { messageOf } from './Field'

export type SummaryItem = { field?: string; message: string }

/** GOV.UK-style summary: takes focus when it appears and links to each field. */
export function ErrorSummary({
  items,
  title = 'There is a problem',
}: {
  items: SummaryItem[]
  title?: string
}) {
  const ref = useRef<HTMLDivElement>(null)
  const signature = items.map((i) => `${i.field}:${i.message}`).join('|')
  useEffect(() => {
    if (signature) ref.current?.focus()
  }, [signature])
  if (items.length === 0) return null
  return (
    <div className="error-summary" tabIndex={-1} ref={ref}>
      <div role="alert">
        <h2 className="error-summary__title" id="error-summary-title">
          {title}
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
                  {messageOf(item.message)}
                </a>
              ) : (
                messageOf(item.message)
              )}
            </li>
          ))}
        </ul>
      </div>
    </div>
  )
}
