import { zodResolver } from '@hookform/resolvers/zod'
import { type ReactNode, useMemo, useState } from 'react'
import { type FieldError, useForm, useWatch } from 'react-hook-form'
import { ErrorSummary } from '../../../components/ErrorSummary'
import { summaryItems } from '../../../components/form-errors'
import { useLocalNavigate } from '../../../components/Link'
import { PageHeading } from '../../../components/PageHeading'
import { PasswordField } from '../../../components/PasswordField'
import { SubmitButton } from '../../../components/SubmitButton'
import { type ChangePasswordBody, withUserIdRule } from '../../../contract'
import { i18n, useMessages } from '../../../i18n'
import { useTranslate } from '../../../i18n/common'
import { ApiError } from '../../../lib/api'
import { errorMessage } from '../../../lib/errors'
import { useSession } from '../../../lib/session'
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
  separator: '. ',
})

const order = ['currentPassword', 'newPassword', 'confirmPassword'] as const

/** Every broken rule of a field, each named, not only the first. */
function allMessages(
  error: FieldError | undefined,
  translate: (text: string) => string | undefined,
  separator: string,
): string | undefined {
  if (!error) return undefined
  const types = Object.values(error.types ?? {})
    .flat()
    .filter((m): m is string => typeof m === 'string')
  const all = types.length > 0 ? types : [error.message ?? '']
  return [...new Set(all)].map(translate).join(separator)
}

/** The screen before its session is known: the prerendered page and its hydration. */
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

/** S3 (STEP3): a new password that meets the portal's rules. */
export function PasswordPage() {
  const t = useMessages(messages)
  const translate = useTranslate()
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
  const currentPassword = useWatch({ control: form.control, name: 'currentPassword' })
  const change = useChangePassword()
  const navigate = useLocalNavigate()
  const recover = useRecover()
  const [serverError, setServerError] = useState<string>()
  const { errors, submitCount, isSubmitting } = form.formState

  const onSubmit = form.handleSubmit(async (values) => {
    setServerError(undefined)
    try {
      await change.mutateAsync(values)
      navigate('/setup/password/done', { replace: true })
    } catch (error) {
      if (await recover(error)) return
      const code = error instanceof ApiError ? error.body.code : undefined
      if (code === 'wrong_current_password') {
        form.setError('currentPassword', { message: errorMessage(error) })
      } else if (
        code === 'password_rule' ||
        (code === 'bad_request' && error instanceof ApiError)
      ) {
        const fields = (error instanceof ApiError && error.body.fields) || {}
        for (const field of order) {
          const keys = fields[field] ?? []
          if (keys.length)
            form.setError(field, { types: Object.fromEntries(keys.map((k) => [k, k])) })
        }
        if (!order.some((field) => fields[field]?.length)) setServerError(errorMessage(error))
      } else {
        setServerError(errorMessage(error))
      }
    }
  })

  const fieldErrors = {
    currentPassword: allMessages(errors.currentPassword, translate, t.separator),
    newPassword: allMessages(errors.newPassword, translate, t.separator),
    confirmPassword: allMessages(errors.confirmPassword, translate, t.separator),
  }
  const items = summaryItems(
    Object.fromEntries(
      order.filter((f) => fieldErrors[f]).map((f) => [f, { message: fieldErrors[f] }]),
    ),
    order,
    serverError,
  )

  return (
    <PasswordFrame>
      <form onSubmit={onSubmit} noValidate>
        <ErrorSummary key={submitCount} items={items} />
        <PasswordField
          id="currentPassword"
          label={t.current}
          autoComplete="current-password"
          error={fieldErrors.currentPassword}
          {...form.register('currentPassword')}
        />
        <PasswordField
          id="newPassword"
          label={t.new}
          autoComplete="new-password"
          hint={<PasswordChecklist value={newPassword} userId={userId} current={currentPassword} />}
          error={fieldErrors.newPassword}
          {...form.register('newPassword')}
        />
        <PasswordField
          id="confirmPassword"
          label={t.confirm}
          autoComplete="new-password"
          error={fieldErrors.confirmPassword}
          {...form.register('confirmPassword')}
        />
        <SubmitButton pending={isSubmitting} pendingText={t.pending}>
          {t.submit}
        </SubmitButton>
      </form>
    </PasswordFrame>
  )
}
