import { passwordRules, personalRules } from '../../../contract'
import { fill, i18n, terms, useLocale, useMessages } from '../../../i18n'
import { format } from '../../../i18n/common'

const messages = i18n('passwordChecklist', {
  title: 'Your new password must have:',
  notUserId: 'Something other than your user ID',
  notCurrent: 'Something other than your current password',
  met: ' (met)',
  notMet: ' (not met yet)',
  status: '{met} of {total} password rules met',
})

/**
 * Every rule of the new password, ticked as the user types (the user ID and the current
 * password too); a polite status says how many are met.
 */
export function PasswordChecklist({
  value,
  userId,
  current,
}: {
  value: string
  userId: string
  current: string
}) {
  const t = useMessages(messages)
  const locale = useLocale()
  const results = [
    ...passwordRules.map((rule) => ({
      key: rule.key,
      text: format(`rule.${rule.key}`, {}, locale),
      met: rule.test(value),
    })),
    {
      key: 'notUserId',
      text: t.notUserId,
      met: value !== '' && personalRules.notUserId(value, userId),
    },
    {
      key: 'notCurrent',
      text: t.notCurrent,
      met: value !== '' && personalRules.notCurrent(value, current),
    },
  ]
  const met = results.filter((r) => r.met).length
  return (
    <div id="password-rules">
      <p className="field__hint">{t.title}</p>
      <ul className="checklist">
        {results.map(({ key, text, met }) => (
          <li key={key} className={met ? 'is-met' : undefined}>
            {terms(text)}
            <span className="visually-hidden">{met ? t.met : t.notMet}</span>
          </li>
        ))}
      </ul>
      <p className="visually-hidden" role="status">
        {value ? fill(t.status, { met, total: results.length }) : ''}
      </p>
    </div>
  )
}
