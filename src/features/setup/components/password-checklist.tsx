import { passwordRules } from '../../../contract'
import { format } from '../../../i18n/format'

/** The four rules, ticked as the user types; a polite status says how many are met. */
export function PasswordChecklist({ value }: { value: string }) {
  const results = passwordRules.map((rule) => ({ key: rule.key, met: rule.test(value) }))
  const met = results.filter((r) => r.met).length
  return (
    <div id="password-rules">
      <p className="field__hint">Your new password must have:</p>
      <ul className="checklist">
        {results.map(({ key, met }) => (
          <li key={key} className={met ? 'is-met' : undefined}>
            {format(`rule.${key}`)}
            <span className="visually-hidden">{met ? ' (met)' : ' (not met yet)'}</span>
          </li>
        ))}
      </ul>
      <p className="visually-hidden" role="status">
        {value ? `${met} of ${results.length} password rules met` : ''}
      </p>
    </div>
  )
}
