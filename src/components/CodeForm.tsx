import { zodResolver } from '@hookform/resolvers/zod'
import { type ReactNode, useState } from 'react'
import { useForm } from 'react-hook-form'
import { CodeBody, type Method } from '../contract'
import { i18n, useMessages } from '../i18n'
import { useTranslate } from '../i18n/common'
import { errorMessage, isPortalFailure, isStopped } from '../lib/errors'
import { CodeField } from './CodeField'
import { ErrorSummary } from './ErrorSummary'
import { summaryItems } from './form-errors'
import { Link } from './Link'
import { Notice } from './Notice'
import { SubmitButton } from './SubmitButton'

const messages = i18n('codeForm', {
  pending: 'Checking…',
  retry: 'Try again',
  stoppedTitle: 'This step is closed',
})

type Props = {
  submitLabel: string
  onSubmit: (body: { code: string }) => Promise<unknown>
  /** Whose code it is: a mailed code's refusals are worded for mails. */
  method?: Method
  /** Where the user starts again when the step is over (locked, too many wrong codes). */
  restart: { to: string; label: string }
  /** Told when the step is over, so the screen can put away what cannot succeed any more. */
  onStopped?: () => void
  children?: ReactNode
}

/**
 * "Verify code" and one button. What the user typed wrong shows at the field; a failure of the
 * portal shows above the form, with a way to try again; a step that is over (the account locked,
 * too many wrong codes) replaces the form with what happened and the way back.
 */
export function CodeForm({ submitLabel, onSubmit, method, restart, onStopped, children }: Props) {
  const t = useMessages(messages)
  const translate = useTranslate()
  const form = useForm<CodeBody, unknown, { code: string }>({
    shouldFocusError: false,
    resolver: zodResolver(CodeBody),
    defaultValues: { code: '' },
  })
  const [portalError, setPortalError] = useState<string>()
  const [stopped, setStopped] = useState<string>()
  const { errors, submitCount, isSubmitting } = form.formState
  const submit = form.handleSubmit(async (values) => {
    setPortalError(undefined)
    try {
      await onSubmit(values)
    } catch (error) {
      const message = errorMessage(error, { method })
      if (isStopped(error)) {
        setStopped(message)
        onStopped?.()
      } else if (isPortalFailure(error)) setPortalError(message)
      // The error summary takes focus (and links to the field); focusing the field here too
      // raced with it and left the summary unannounced.
      else form.setError('code', { message })
    }
  })
  if (stopped) {
    return (
      <Notice tone="error" live>
        <h2>{t.stoppedTitle}</h2>
        <p>{translate(stopped)}</p>
        <p>
          <Link to={restart.to}>{restart.label}</Link>
        </p>
      </Notice>
    )
  }
  const codeError = errors.code?.message
  return (
    <form onSubmit={submit} noValidate>
      {portalError ? (
        <Notice tone="error" live>
          <p>{translate(portalError)}</p>
          <button type="submit" className="button button--secondary" disabled={isSubmitting}>
            {t.retry}
          </button>
        </Notice>
      ) : null}
      <ErrorSummary key={submitCount} items={summaryItems(errors, ['code'])} />
      <CodeField id="code" error={codeError} {...form.register('code')} />
      {children}
      <SubmitButton pending={isSubmitting} pendingText={t.pending}>
        {submitLabel}
      </SubmitButton>
    </form>
  )
}
