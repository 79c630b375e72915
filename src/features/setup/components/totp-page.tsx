import { useNavigate } from 'react-router'
import { CodeForm } from '../../../components/CodeForm'
import { Notice } from '../../../components/Notice'
import { PageHeading } from '../../../components/PageHeading'
import { QrCode } from '../../../components/QrCode'
import { describeError } from '../../../lib/errors'
import { useRegisterTotp, useTotpSetup } from '../api/totp'
import { InstallHelp } from './install-help'
import { markSetupDone } from './setup-done'
import { SetupKey } from './setup-key'

/** S5 (STEP5): scan the QR code, type the app's code, register. */
export default function TotpPage() {
  const setup = useTotpSetup()
  const register = useRegisterTotp()
  const navigate = useNavigate()
  return (
    <>
      <PageHeading caption="STEP5 Initial setting for 2-step verification">
        Set up your authenticator app
      </PageHeading>
      <InstallHelp />
      <section aria-labelledby="scan-title">
        <h2 id="scan-title">2. Scan the QR code</h2>
        <p>
          In the app, choose to add an account, then scan this QR code. The app then shows a 6-digit
          code that changes every 30 seconds.
        </p>
        {setup.isPending ? (
          <div className="qr qr--loading" role="status">
            Loading the QR code…
          </div>
        ) : setup.isError ? (
          <Notice tone="error">
            <p>{describeError(setup.error)}</p>
            <button
              type="button"
              className="button button--secondary"
              onClick={() => setup.refetch()}
            >
              Try again
            </button>
          </Notice>
        ) : (
          <div className="setup-grid">
            <QrCode
              value={setup.data.uri}
              label="QR code for adding Business Portal to your authenticator app"
            />
            <div>
              <p>Cannot scan it? In the app, choose to enter a setup key and type this key:</p>
              <SetupKey secret={setup.data.secret} />
              <p>
                Setting up on this phone?{' '}
                <a href={setup.data.uri}>Open in your authenticator app</a>
              </p>
            </div>
          </div>
        )}
      </section>
      <section aria-labelledby="code-title" className="narrow">
        <h2 id="code-title">3. Enter the code from the app</h2>
        <CodeForm
          submitLabel="Register"
          onSubmit={async (body) => {
            await register.mutateAsync(body)
            markSetupDone()
            navigate('/setup/complete', { replace: true })
          }}
        />
      </section>
    </>
  )
}
