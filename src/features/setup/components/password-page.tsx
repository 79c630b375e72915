import { zodResolver } from '@hookform/resolvers/zod'
import { useMemo, useState } from 'react'
import { type FieldError, useForm, useWatch } from 'react-hook-form'
import { useNavigate } from 'react-router'
import { ErrorSummary } from '../../../components/ErrorSummary'
import { messageOf } from '../../../components/Field'
import { summaryItems } from '../../../components/form-errors'
import { PageHeading } from '../../../components/PageHeading'
import { PasswordField } from '../../../components/PasswordField'
import { SubmitButton } from '../../../components/SubmitButton'
import { type ChangePasswordBody, withUserIdRule } from '../../../contract'
import { ApiError } from '../../../lib/api'
import { describeError } from '../../../lib/errors'
import { useSession } from '../../../lib/session'
import { useChangePassword } from '../api/change-password'
import { PasswordChecklist } from './password-checklist'

const order = ['currentPassword', 'newPassword', 'confirmPassword'] as const

/** Every broken rule of a field, each named, not only the first. */
function allMessages(error: FieldError | undefined): string | undefined {
  if (!error) return undefined
  const types = Object.values(error.types ?? {})
    .flat()
    .filter((m): m is string => typeof m === 'string')
  const messages = types.length > 0 ? types : [error.message ?? '']
  return [...new Set(messages)].map((m) => messageOf(m)).join('. ')
}

/** S3 (STEP3): a new password that meets the portal's rules. */
export default function PasswordPage() {
  const session = useSession()
  const userId = session?.user.userId ?? ''
  const schema = useMemo(() => withUserIdRule(userId), [userId])
  const form = useForm<ChangePasswordBody>({
    shouldFocusError: false,
    resolver: zodResolver(schema),
    criteriaMode: 'all',
    defaultValues: { currentPassword: '', newPassword: '', confirmPassword: '' },
  })
  const newPassword = useWatch({ control: form.control, name: 'newPassword' })
  const change = useChangePassword()
  const navigate = useNavigate()
  const [serverError, setServerError] = useState<string>()
  const { errors, submitCount, isSubmitting } = form.formState

  const onSubmit = form.handleSubmit(async (values) => {
    setServerError(undefined)
    try {
      await change.mutateAsync(values)
      navigate('/setup/password/done', { replace: true })
    } catch (error) {
      const code = error instanceof ApiError ? error.body.code : undefined
      if (code === 'wrong_current_password') {
        form.setError('currentPassword', { message: describeError(error) })
      } else if (code === 'password_rule') {
        const keys = (error instanceof ApiError && error.body.fields?.newPassword) || []
        form.setError('newPassword', { message: keys.map((k) => messageOf(k)).join('. ') })
      } else {
        setServerError(describeError(error))
      }
    }
  })

  const fieldErrors = {
    currentPassword: allMessages(errors.currentPassword),
    newPassword: allMessages(errors.newPassword),
    confirmPassword: allMessages(errors.confirmPassword),
  }
  const items = summaryItems(
    Object.fromEntries(
      order.filter((f) => fieldErrors[f]).map((f) => [f, { message: fieldErrors[f] }]),
    ),
    order,
    serverError,
  )

  return (
    <div className="narrow">
      <PageHeading caption="STEP3 Initial setting for 2-step verification">
        Set your new password
      </PageHeading>
      <p>This password is the first step of your 2-step verification. Keep it to yourself.</p>
      <form onSubmit={onSubmit} noValidate>
        <ErrorSummary key={submitCount} items={items} />
        <PasswordField
          id="currentPassword"
          label="Current password"
          autoComplete="current-password"
          error={fieldErrors.currentPassword}
          {...form.register('currentPassword')}
        />
        <PasswordField
          id="newPassword"
          label="New password"
          autoComplete="new-password"
          hint={<PasswordChecklist value={newPassword} />}
          error={fieldErrors.newPassword}
          {...form.register('newPassword')}
        />
        <PasswordField
          id="confirmPassword"
          label="Confirm new password"
          autoComplete="new-password"
          error={fieldErrors.confirmPassword}
          {...form.register('confirmPassword')}
        />
        <SubmitButton pending={isSubmitting} pendingText="Changing password…">
          Change Password
        </SubmitButton>
      </form>
    </div>
  )
}
