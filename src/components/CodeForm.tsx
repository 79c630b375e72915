import { zodResolver } from '@hookform/resolvers/zod'
import { type ReactNode, useState } from 'react'
import { useForm } from 'react-hook-form'
import { CodeBody } from '../contract'
import { i18n, useMessages } from '../i18n'
import { errorMessage } from '../lib/errors'
import { CodeField } from './CodeField'
import { ErrorSummary } from './ErrorSummary'
import { summaryItems } from './form-errors'
import { SubmitButton } from './SubmitButton'

const messages = i18n('codeForm', { pending: 'Checking…' })

/** "Verify code" and one button; the server's answer shows at the field, in words. */
export function CodeForm({
  submitLabel,
  onSubmit,
  children,
}: {
  submitLabel: string
  onSubmit: (body: { code: string }) => Promise<unknown>
  children?: ReactNode
}) {
  const t = useMessages(messages)
  const form = useForm<CodeBody, unknown, { code: string }>({
    shouldFocusError: false,
    resolver: zodResolver(CodeBody),
    defaultValues: { code: '' },
  })
  const [serverError, setServerError] = useState<string>()
  const { errors, submitCount, isSubmitting } = form.formState
  const submit = form.handleSubmit(async (values) => {
    setServerError(undefined)
    try {
      await onSubmit(values)
    } catch (error) {
      const message = errorMessage(error)
      setServerError(message)
      // The error summary takes focus (and links to the field); focusing the field here too
      // raced with it and left the summary unannounced.
      form.setError('code', { message })
    }
  })
  const codeError = errors.code?.message
  return (
    <form onSubmit={submit} noValidate>
      <ErrorSummary
        key={submitCount}
        items={summaryItems(errors, ['code'], codeError ? undefined : serverError)}
      />
      <CodeField id="code" error={codeError} {...form.register('code')} />
      {children}
      <SubmitButton pending={isSubmitting} pendingText={t.pending}>
        {submitLabel}
      </SubmitButton>
    </form>
  )
}
