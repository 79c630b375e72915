import { type ReactNode, useState } from 'react'
import { CodeBody, type Method } from '../contract'
import { i18n, terms, useMessages } from '../i18n'
import { type Message, useSay } from '../i18n/common'
import { errorMessage, isPortalFailure, isStopped } from '../lib/errors'
import { CodeField } from './CodeField'
import { Link } from './Link'
import { Notice } from './Notice'
import { SubmitButton } from './SubmitButton'
import { useApiForm } from './use-api-form'

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
  /** The id of what the code is for while it is still on its way: the button waits for it. */
  waitingFor?: string
  children?: ReactNode
}

/**
 * "Verify code" and one button. What the user typed wrong shows at the field; a failure of the
 * portal shows above the form, with a way to try again; a step that is over (the account locked,
 * too many wrong codes) replaces the form with what happened and the way back.
 */
export function CodeForm({
  submitLabel,
  onSubmit,
  method,
  restart,
  onStopped,
  waitingFor,
  children,
}: Props) {
  const t = useMessages(messages)
  const say = useSay()
  const [portalError, setPortalError] = useState<Message>()
  const [stopped, setStopped] = useState<Message>()
  const words = (error: unknown) => errorMessage(error, { method })
  const {
    form,
    onSubmit: submit,
    submitting,
    errorOf,
    summary,
  } = useApiForm({
    schema: CodeBody,
    defaultValues: { code: '' },
    fields: ['code'],
    submit: async (values) => {
      setPortalError(undefined)
      await onSubmit(values)
    },
    handle: (error) => {
      if (isStopped(error)) {
        setStopped(words(error))
        onStopped?.()
      } else if (isPortalFailure(error)) setPortalError(words(error))
      else return false
      return true
    },
    // What the portal refuses of a code is about the code typed (wrong, used, from a clock off).
    fieldOf: () => 'code',
    wordsOf: words,
  })
  if (stopped) {
    return (
      <Notice tone="error" live>
        <h2>{t.stoppedTitle}</h2>
        <p>{terms(say(stopped))}</p>
        <p>
          <Link to={restart.to}>{restart.label}</Link>
        </p>
      </Notice>
    )
  }
  return (
    <form onSubmit={submit} noValidate>
      {portalError ? (
        <Notice tone="error" live>
          <p>{terms(say(portalError))}</p>
          <button type="submit" className="button button--secondary" disabled={submitting}>
            {t.retry}
          </button>
        </Notice>
      ) : null}
      {summary}
      <CodeField id="code" error={errorOf('code')} {...form.register('code')} />
      {children}
      <SubmitButton pending={submitting} pendingText={t.pending} waitingFor={waitingFor}>
        {submitLabel}
      </SubmitButton>
    </form>
  )
}
