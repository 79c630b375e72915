import { i18n, useMessages } from '../i18n'
import { Field, type FieldProps } from './Field'

const messages = i18n('codeField', {
  label: 'Verify code',
  hint: 'The {codeLength}-digit code. Spaces and hyphens are fine.',
})

/** A security-code input: digits keyboard, one-time-code autofill, pasted spaces welcome. */
export function CodeField(props: Omit<FieldProps, 'label' | 'type'> & { label?: string }) {
  const t = useMessages(messages)
  return (
    <Field
      label={t.label}
      hint={t.hint}
      {...props}
      type="text"
      inputMode="numeric"
      autoComplete="one-time-code"
      spellCheck={false}
      className="input--code"
    />
  )
}
