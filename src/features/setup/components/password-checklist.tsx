import { passwordRules } from '../../../contract'
import { fill, i18n, useLocale, useMessages } from '../../../i18n'
import { format } from '../../../i18n/common'

const messages = i18n('passwordChecklist', {
  title: 'Your new password must have:',
  met: ' (met)',
  notMet: ' (not met yet)',
  status: '{met} of {total} password rules met',
})

/** The four rules, ticked as the user types; a polite status says how many are met. */
export function PasswordChecklist({ value }: { value: string }) {
  const t = useMessages(messages)
  const locale = useLocale()
  const results = passwordRules.map((rule) => ({ key: rule.key, met: rule.test(value) }))
  const met = results.filter((r) => r.met).length
  return (
    <div id="password-rules">
      <p className="field__hint">{t.title}</p>
      <ul className="checklist">
        {results.map(({ key, met }) => (
          <li key={key} className={met ? 'is-met' : undefined}>
            {format(`rule.${key}`, {}, locale)}
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
