import { type ComponentProps, type ReactNode, useId } from 'react'
import { format, isMessageKey } from '../i18n/format'

export type FieldProps = ComponentProps<'input'> & {
  label: string
  hint?: ReactNode
  /** A message key or text; space for it is kept so the layout does not jump. */
  error?: string
  after?: ReactNode
}

export function messageOf(error: string | undefined): string | undefined {
  if (!error) return undefined
  return isMessageKey(error) ? format(error) : error
}

/** One labelled input: hint then error in `aria-describedby`, `aria-invalid` when wrong. */
export function Field({ label, hint, error, after, id, className, ...input }: FieldProps) {
  const ownId = useId()
  const inputId = id ?? ownId
  const hintId = `${inputId}-hint`
  const errorId = `${inputId}-error`
  const message = messageOf(error)
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
            <span className="visually-hidden">Error: </span>
            {message}
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
