import { useId, useState } from 'react'
import { fill, i18n, rich, useMessages } from '../i18n'
import { useHydrated } from '../lib/use-hydrated'
import { Field, type FieldProps } from './Field'

const messages = i18n('passwordField', {
  show: 'Show{label}',
  hide: 'Hide{label}',
  // Heard, not seen: which field the button shows ("Show Current password").
  label: ' {label}',
  shown: '{label}: shown',
})

/** A password input with a show/hide button; the change is announced, the typing kept. */
export function PasswordField(props: Omit<FieldProps, 'type' | 'after'>) {
  const t = useMessages(messages)
  const [shown, setShown] = useState(false)
  const ready = useHydrated()
  const ownId = useId()
  const inputId = props.id ?? ownId
  return (
    <Field
      {...props}
      id={inputId}
      type={shown ? 'text' : 'password'}
      autoCapitalize="none"
      autoCorrect="off"
      spellCheck={false}
      after={
        <>
          <button
            type="button"
            className="button button--secondary field__toggle"
            aria-controls={inputId}
            disabled={!ready}
            onClick={() => setShown((s) => !s)}
          >
            <span>
              {rich(shown ? t.hide : t.show, {
                label: (
                  <span className="visually-hidden">{fill(t.label, { label: props.label })}</span>
                ),
              })}
            </span>
          </button>
          <span className="visually-hidden" aria-live="polite">
            {shown ? fill(t.shown, { label: props.label }) : ''}
          </span>
        </>
      }
    />
  )
}
