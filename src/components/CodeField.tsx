import { Field, type FieldProps } from './Field'

/** A security-code input: digits keyboard, one-time-code autofill, pasted spaces welcome. */
export function CodeField(props: Omit<FieldProps, 'label' | 'type'> & { label?: string }) {
  return (
    <Field
      label="Verify code"
      hint="The 6-digit code. Spaces and hyphens are fine."
      {...props}
      type="text"
      inputMode="numeric"
      autoComplete="one-time-code"
      spellCheck={false}
      className="input--code"
    />
  )
}
