import { demoAccounts } from '../../../../mocks/door'
import { TotpKey } from '../../../components/TotpKey'
import { i18n, terms, useMessages } from '../../../i18n'

const messages = i18n('demoAccounts', {
  title: 'Demo accounts',
  caption: 'Demo accounts of the mock portal',
  userId: 'User ID',
  password: 'Password',
  role: 'Role',
  method: 'Second method',
  status: 'Setup status',
  admin: 'Portal Admin',
  general: 'General user',
  secret: 'TOTP secret',
  complete: 'Complete',
  notStarted: 'Not started',
  notChosen: 'Not chosen yet',
})

/** Mock mode only: the seeded accounts, so anyone can try every path. */
export function DemoAccounts() {
  const t = useMessages(messages)
  // One card per account, its facts wrapping as the screen allows: nothing scrolls sideways and
  // no user ID or password breaks.
  return (
    <details className="card" style={{ marginTop: '1.5rem' }}>
      <summary>{t.title}</summary>
      <ul className="demo-accounts" aria-label={t.caption}>
        {demoAccounts.map((a) => (
          <li key={a.userId}>
            <dl>
              <div>
                <dt>{t.userId}</dt>
                <dd>
                  <code>{a.userId}</code>
                </dd>
              </div>
              <div>
                <dt>{t.password}</dt>
                <dd>
                  <code>{a.password}</code>
                </dd>
              </div>
              <div>
                <dt>{t.role}</dt>
                <dd>{a.role === 'admin' ? t.admin : t.general}</dd>
              </div>
              <div>
                <dt>{terms(t.method)}</dt>
                <dd>
                  {a.methodChosen === false
                    ? t.notChosen
                    : a.method === 'mail'
                      ? 'MailOTP'
                      : 'TOTP'}
                </dd>
              </div>
              <div>
                <dt>{t.status}</dt>
                {/* As User management says it: a seeded account is either done or not begun. */}
                <dd>{a.registered ? t.complete : t.notStarted}</dd>
              </div>
              {a.secret ? (
                <div className="demo-accounts__secret">
                  <dt>{t.secret}</dt>
                  <dd>
                    <TotpKey secret={a.secret} />
                  </dd>
                </div>
              ) : null}
            </dl>
          </li>
        ))}
      </ul>
    </details>
  )
}
