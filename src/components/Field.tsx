import { type ComponentProps, type ReactNode, useId } from 'react'
import { i18n, terms, useMessages } from '../i18n'

export type FieldProps = ComponentProps<'input'> & {
  label: string
  hint?: ReactNode
  /** What is wrong with what was typed, in words (the form wrapper says them). */
  error?: string
  after?: ReactNode
}

const messages = i18n('field', { errorPrefix: 'Error: ' })

/** One labelled input: hint then error in `aria-describedby`, `aria-invalid` when wrong. */
export function Field({ label, hint, error, after, id, className, ...input }: FieldProps) {
  const t = useMessages(messages)
  const ownId = useId()
  const inputId = id ?? ownId
  const hintId = `${inputId}-hint`
  const errorId = `${inputId}-error`
  const message = error
  const describedBy = [hint ? hintId : null, message ? errorId : null].filter(Boolean).join(' ')
  return (
    <div className={`field${message ? ' field--error' : ''}`}>
      <label className="field__label" htmlFor={inputId}>
        {label}
      </label>
      {hint ? (
        <div className="field__hint" id={hintId}>
          {hint}
        </div>
      ) : null}
      <p className="field__error" id={errorId}>
        {message ? (
          <>
            <span className="visually-hidden">{t.errorPrefix}</span>
            {terms(message)}
          </>
        ) : null}
      </p>
      <div className="field__control">
        <input
          id={inputId}
          className={`input ${className ?? ''}`}
          aria-invalid={message ? true : undefined}
          aria-describedby={describedBy || undefined}
          {...input}
        />
        {after}
      </div>
    </div>
  )
}
