import { demoAccounts } from '../../../../mocks/demo-accounts'

const stateOf = (a: (typeof demoAccounts)[number]) =>
  a.registered ? 'Set up' : a.methodChosen === false ? 'Not set up (chooses method)' : 'Not set up'

/** Mock mode only: the seeded accounts, so anyone can try every path. */
export function DemoAccounts() {
  return (
    <details className="card" style={{ marginTop: '1.5rem' }}>
      <summary>Demo accounts</summary>
      <div className="table-wrap">
        <table className="demo-table">
          <caption className="visually-hidden">Demo accounts of the mock portal</caption>
          <thead>
            <tr>
              <th scope="col">User ID</th>
              <th scope="col">Password</th>
              <th scope="col">Role</th>
              <th scope="col">Second method</th>
              <th scope="col">State</th>
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
                <td>{a.role === 'admin' ? 'Portal Admin' : 'General user'}</td>
                <td>
                  {a.method === 'mail' ? 'MailOTP' : 'TOTP'}
                  {a.secret ? (
                    <>
                      <br />
                      secret <code>{a.secret}</code>
                    </>
                  ) : null}
                </td>
                <td>{stateOf(a)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  )
}
