import { useEffect } from 'react'
import { Field } from '../../../components/Field'
import { PasswordField } from '../../../components/PasswordField'
import { SubmitButton } from '../../../components/SubmitButton'
import { useApiForm } from '../../../components/use-api-form'
import { LoginBody, type Session } from '../../../contract'
import { i18n, useMessages } from '../../../i18n'
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
  const login = useLogIn(kind)
  const { form, onSubmit, submitting, errorOf, summary } = useApiForm({
    schema: LoginBody,
    defaultValues: { userId: '', password: '' },
    fields: ['userId', 'password'],
    submit: async (values) => onDone(await login.mutateAsync(values)),
  })
  // What was typed into the prerendered form before the app took over stays (the inputs are the
  // same elements; the form library starts empty).
  useEffect(() => {
    for (const name of ['userId', 'password'] as const) {
      const typed = document.getElementById(name)
      if (typed instanceof HTMLInputElement && typed.value) form.setValue(name, typed.value)
    }
  }, [form])

  return (
    <form onSubmit={onSubmit} noValidate>
      {summary}
      <Field
        id="userId"
        label={t.userId}
        autoComplete="username"
        autoCapitalize="none"
        spellCheck={false}
        error={errorOf('userId')}
        {...form.register('userId')}
      />
      <PasswordField
        id="password"
        label={t.password}
        autoComplete="current-password"
        error={errorOf('password')}
        {...form.register('password')}
      />
      <SubmitButton pending={submitting} pendingText={t.pending}>
        {t.submit}
      </SubmitButton>
    </form>
  )
}
