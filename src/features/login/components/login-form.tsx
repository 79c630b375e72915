import { zodResolver } from '@hookform/resolvers/zod'
import { useEffect, useState } from 'react'
import { useForm } from 'react-hook-form'
import { ErrorSummary } from '../../../components/ErrorSummary'
import { Field } from '../../../components/Field'
import { summaryItems } from '../../../components/form-errors'
import { PasswordField } from '../../../components/PasswordField'
import { SubmitButton } from '../../../components/SubmitButton'
import { LoginBody, type Session } from '../../../contract'
import { i18n, useMessages } from '../../../i18n'
import { errorMessage } from '../../../lib/errors'
import { type LoginKind, useLogIn } from '../api/login'

const messages = i18n('loginForm', {
  userId: 'User ID',
  password: 'Password',
  submit: 'Log in',
  pending: 'Logging in…',
})

/** User ID and password, for the old login and the first step of the new one. */
export function LoginForm({
  kind,
  onDone,
}: {
  kind: LoginKind
  onDone: (session: Session) => void
}) {
  const t = useMessages(messages)
  const form = useForm<LoginBody>({
    shouldFocusError: false,
    resolver: zodResolver(LoginBody),
    defaultValues: { userId: '', password: '' },
  })
  // What was typed into the prerendered form before the app took over stays (the inputs are the
  // same elements; the form library starts empty).
  useEffect(() => {
    for (const name of ['userId', 'password'] as const) {
      const typed = document.getElementById(name)
      if (typed instanceof HTMLInputElement && typed.value) form.setValue(name, typed.value)
    }
  }, [form])
  const login = useLogIn(kind)
  const [serverError, setServerError] = useState<string>()
  const { errors, submitCount, isSubmitting } = form.formState

  const onSubmit = form.handleSubmit(async (values) => {
    setServerError(undefined)
    try {
      onDone(await login.mutateAsync(values))
    } catch (error) {
      setServerError(errorMessage(error))
    }
  })

  return (
    <form onSubmit={onSubmit} noValidate>
      <ErrorSummary
        key={submitCount}
        items={summaryItems(errors, ['userId', 'password'], serverError)}
      />
      <Field
        id="userId"
        label={t.userId}
        autoComplete="username"
        autoCapitalize="none"
        spellCheck={false}
        error={errors.userId?.message}
        {...form.register('userId')}
      />
      <PasswordField
        id="password"
        label={t.password}
        autoComplete="current-password"
        error={errors.password?.message}
        {...form.register('password')}
      />
      <SubmitButton pending={isSubmitting} pendingText={t.pending}>
        {t.submit}
      </SubmitButton>
    </form>
  )
}
