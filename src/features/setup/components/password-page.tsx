import { type ReactNode, useMemo } from 'react'
import { useWatch } from 'react-hook-form'
import { useLocalNavigate } from '../../../components/Link'
import { PageHeading } from '../../../components/PageHeading'
import { PasswordField } from '../../../components/PasswordField'
import { SubmitButton } from '../../../components/SubmitButton'
import { useApiForm } from '../../../components/use-api-form'
import { withUserIdRule } from '../../../contract'
import { i18n, useMessages } from '../../../i18n'
import { ApiError } from '../../../lib/api'
import { passwordDonePath, useSession } from '../../../lib/session'
import { useRecover } from '../../../lib/use-recover'
import { useChangePassword } from '../api/change-password'
import { PasswordChecklist } from './password-checklist'

const messages = i18n('passwordPage', {
  caption: 'STEP3 Initial setting for 2-step verification',
  title: 'Set your new password',
  intro: 'This password is the first step of your 2-step verification. Keep it to yourself.',
  current: 'Current password',
  new: 'New password',
  confirm: 'Confirm new password',
  submit: 'Change Password',
  pending: 'Changing password…',
})

/** What the screen shows before its session is known, and around its form after. */
export function PasswordFrame({ children }: { children?: ReactNode }) {
  const t = useMessages(messages)
  return (
    <div className="narrow">
      <PageHeading caption={t.caption} step={3}>
        {t.title}
      </PageHeading>
      <p>{t.intro}</p>
      {children}
    </div>
  )
}

/** S3 (STEP3), in its frame: a new password that meets the portal's rules. */
export function PasswordPage() {
  const t = useMessages(messages)
  const session = useSession()
  const userId = session?.user.userId ?? ''
  const schema = useMemo(() => withUserIdRule(userId), [userId])
  const change = useChangePassword()
  const navigate = useLocalNavigate()
  const recover = useRecover()
  const { form, onSubmit, submitting, errorOf, summary } = useApiForm({
    schema,
    defaultValues: { currentPassword: '', newPassword: '', confirmPassword: '' },
    fields: ['currentPassword', 'newPassword', 'confirmPassword'],
    allRules: true,
    submit: async (values) => {
      const next = await change.mutateAsync(values)
      navigate(passwordDonePath(next.user), { replace: true })
    },
    handle: recover,
    fieldOf: (error) =>
      error instanceof ApiError && error.body.code === 'wrong_current_password'
        ? 'currentPassword'
        : undefined,
  })
  const newPassword = useWatch({ control: form.control, name: 'newPassword' })
  const currentPassword = useWatch({ control: form.control, name: 'currentPassword' })

  return (
    <form onSubmit={onSubmit} noValidate>
      {summary}
      <PasswordField
        id="currentPassword"
        label={t.current}
        autoComplete="current-password"
        error={errorOf('currentPassword')}
        {...form.register('currentPassword')}
      />
      <PasswordField
        id="newPassword"
        label={t.new}
        autoComplete="new-password"
        hint={<PasswordChecklist value={newPassword} userId={userId} current={currentPassword} />}
        error={errorOf('newPassword')}
        {...form.register('newPassword')}
      />
      <PasswordField
        id="confirmPassword"
        label={t.confirm}
        autoComplete="new-password"
        error={errorOf('confirmPassword')}
        {...form.register('confirmPassword')}
      />
      <SubmitButton pending={submitting} pendingText={t.pending}>
        {t.submit}
      </SubmitButton>
    </form>
  )
}
