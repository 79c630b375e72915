import { useId, useState } from 'react'
import { Field, type FieldProps } from './Field'

/** A password input with a show/hide button; the change is announced, the typing kept. */
export function PasswordField(props: Omit<FieldProps, 'type' | 'after'>) {
  const [shown, setShown] = useState(false)
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
            aria-pressed={shown}
            aria-controls={inputId}
            onClick={() => setShown((s) => !s)}
          >
            {shown ? 'Hide' : 'Show'}
          </button>
          <span className="visually-hidden" aria-live="polite">
            {shown ? `${props.label}: shown` : ''}
          </span>
        </>
      }
    />
  )
}
