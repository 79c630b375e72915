import { demoAccounts } from '../../../../mocks/door'
import { i18n, terms, useMessages } from '../../../i18n'

const messages = i18n('demoAccounts', {
  title: 'Demo accounts',
  caption: 'Demo accounts of the mock portal',
  userId: 'User ID',
  password: 'Password',
  role: 'Role',
  method: 'Second method',
  state: 'State',
  admin: 'Portal Admin',
  general: 'General user',
  secret: 'secret',
  setUp: 'Set up',
  notSetUp: 'Not set up',
  choosesMethod: 'Not set up (chooses method)',
})

type Account = (typeof demoAccounts)[number]

const stateOf = (a: Account) =>
  a.registered ? 'setUp' : a.methodChosen === false ? 'choosesMethod' : 'notSetUp'

/** Mock mode only: the seeded accounts, so anyone can try every path. */
export function DemoAccounts() {
  const t = useMessages(messages)
  return (
    <details className="card" style={{ marginTop: '1.5rem' }}>
      <summary>{t.title}</summary>
      {/* A phone scrolls the table sideways: the region takes focus so a keyboard can too. */}
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be focusable (WCAG 2.1.1) */}
      <section className="table-wrap" aria-label={t.caption} tabIndex={0}>
        <table className="demo-table">
          <caption className="visually-hidden">{t.caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t.userId}</th>
              <th scope="col">{t.password}</th>
              <th scope="col">{t.role}</th>
              <th scope="col">{terms(t.method)}</th>
              <th scope="col">{t.state}</th>
            </tr>
          </thead>
          <tbody>
            {demoAccounts.map((a) => (
              <tr key={a.userId}>
                <td>
                  <code>{a.userId}</code>
                </td>
                <td>
                  <code>{a.password}</code>
                </td>
                <td>{a.role === 'admin' ? t.admin : t.general}</td>
                <td>
                  {a.method === 'mail' ? 'MailOTP' : 'TOTP'}
                  {a.secret ? (
                    <>
                      <br />
                      {t.secret} <code>{a.secret}</code>
                    </>
                  ) : null}
                </td>
                <td>{terms(t[stateOf(a)])}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </details>
  )
}
