import { zodResolver } from '@hookform/resolvers/zod'
import { useState } from 'react'
import { useForm } from 'react-hook-form'
import { ErrorSummary } from '../../../components/ErrorSummary'
import { Field } from '../../../components/Field'
import { summaryItems } from '../../../components/form-errors'
import { PasswordField } from '../../../components/PasswordField'
import { SubmitButton } from '../../../components/SubmitButton'
import { LoginBody, type Session } from '../../../contract'
import { describeError } from '../../../lib/errors'
import { type LoginKind, useLogIn } from '../api/login'

/** User ID and password, for the old login and the first step of the new one. */
export function LoginForm({
  kind,
  onDone,
}: {
  kind: LoginKind
  onDone: (session: Session) => void
}) {
  const form = useForm<LoginBody>({
    shouldFocusError: false,
    resolver: zodResolver(LoginBody),
    defaultValues: { userId: '', password: '' },
  })
  const login = useLogIn(kind)
  const [serverError, setServerError] = useState<string>()
  const { errors, submitCount, isSubmitting } = form.formState

  const onSubmit = form.handleSubmit(async (values) => {
    setServerError(undefined)
    try {
      onDone(await login.mutateAsync(values))
    } catch (error) {
      setServerError(describeError(error))
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
        label="User ID"
        autoComplete="username"
        autoCapitalize="none"
        spellCheck={false}
        error={errors.userId?.message}
        {...form.register('userId')}
      />
      <PasswordField
        id="password"
        label="Password"
        autoComplete="current-password"
        error={errors.password?.message}
        {...form.register('password')}
      />
      <SubmitButton pending={isSubmitting} pendingText="Logging in…">
        Log in
      </SubmitButton>
    </form>
  )
}
