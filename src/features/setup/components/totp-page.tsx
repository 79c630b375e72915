import type { ReactNode } from 'react'
import { CodeForm } from '../../../components/CodeForm'
import { Notice } from '../../../components/Notice'
import { PageHeading } from '../../../components/PageHeading'
import { QrCode } from '../../../components/QrCode'
import { i18n, rich, useLocale, useMessages } from '../../../i18n'
import { describeError } from '../../../lib/errors'
import { useRegisterTotp, useTotpSetup } from '../api/totp'
import { InstallHelp } from './install-help'
import { useFinishSetup } from './setup-done'
import { SetupKey } from './setup-key'

const messages = i18n('totpSetup', {
  caption: 'STEP5 Initial setting for 2-step verification',
  title: 'Set up your authenticator app',
  scanTitle: '2. Scan the QR code',
  scanText:
    'In the app, choose to add an account, then scan this QR code. The app then shows a {codeLength}-digit code that changes every {totpSeconds} seconds.',
  loading: 'Loading the QR code…',
  retry: 'Try again',
  qr: 'QR code for adding Business Portal to your authenticator app',
  manual: 'Cannot scan it? In the app, choose to enter a setup key and type this key:',
  onPhone: 'Setting up on this phone? {link}',
  openApp: 'Open in your authenticator app',
  codeTitle: '3. Enter the code from the app',
  submit: 'Register',
  restart: 'Back to the login screen',
})

/** What Register waits for, while it waits: the QR code loading, or why it did not come. */
const QR_STATUS = 'qr-status'

/** While the secret is on its way: the QR code's square, reserved. */
function QrLoading() {
  const t = useMessages(messages)
  return (
    <div className="qr qr--loading" role="status" id={QR_STATUS}>
      {t.loading}
    </div>
  )
}

/** STEP5-2: the QR code and the setup key, once the portal has made the secret. */
function SetupDetails() {
  const t = useMessages(messages)
  const locale = useLocale()
  const setup = useTotpSetup()
  if (setup.isPending) return <QrLoading />
  if (setup.isError) {
    return (
      <Notice tone="error">
        <p id={QR_STATUS}>{describeError(setup.error, locale)}</p>
        <button type="button" className="button button--secondary" onClick={() => setup.refetch()}>
          {t.retry}
        </button>
      </Notice>
    )
  }
  return (
    // On a phone, opening the app from here comes first: it replaces the QR code there.
    <div className="setup-grid">
      <p className="setup-grid__on-phone">
        {rich(t.onPhone, { link: <a href={setup.data.uri}>{t.openApp}</a> })}
      </p>
      <QrCode value={setup.data.uri} label={t.qr} />
      <div className="setup-grid__key">
        <p>{t.manual}</p>
        <SetupKey secret={setup.data.secret} />
      </div>
    </div>
  )
}

/** What the screen shows before its session is known, and above the QR code after. */
export function TotpFrame({ children }: { children?: ReactNode }) {
  const t = useMessages(messages)
  return (
    <>
      <PageHeading caption={t.caption} step={5}>
        {t.title}
      </PageHeading>
      <InstallHelp />
      {children}
    </>
  )
}

/** STEP5-2 around the QR code: its square reserved until the secret comes, so nothing moves. */
function ScanSection({ children }: { children: ReactNode }) {
  const t = useMessages(messages)
  return (
    <section aria-labelledby="scan-title">
      <h2 id="scan-title">{t.scanTitle}</h2>
      <p>{t.scanText}</p>
      {children}
    </section>
  )
}

/** While the guard asks: the QR code's place, waiting. */
export function TotpPending() {
  return (
    <ScanSection>
      <QrLoading />
    </ScanSection>
  )
}

/** S5 (STEP5), in its frame: scan the QR code, type the app's code, register. */
export function TotpPage() {
  const t = useMessages(messages)
  const register = useRegisterTotp()
  const finish = useFinishSetup(register.mutateAsync)
  // Register waits for the QR code: there is nothing to register before it is there.
  const waitingFor = useTotpSetup().isSuccess ? undefined : QR_STATUS
  return (
    <>
      <ScanSection>
        <SetupDetails />
      </ScanSection>
      <section aria-labelledby="code-title" className="narrow">
        <h2 id="code-title">{t.codeTitle}</h2>
        <CodeForm
          submitLabel={t.submit}
          onSubmit={finish}
          method="totp"
          restart={{ to: '/', label: t.restart }}
          waitingFor={waitingFor}
        />
      </section>
    </>
  )
}
