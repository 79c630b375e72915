import { useState } from 'react'
import { TotpKey } from '../../../components/TotpKey'
import { i18n, useMessages } from '../../../i18n'

const messages = i18n('setupKey', {
  label: 'Setup key (time based):',
  copy: 'Copy setup key',
  copied: 'Setup key copied.',
  failed: 'Could not copy: select the key and copy it.',
})

/** The secret as text in 4-character groups, for typing into an app, with a copy button. */
export function SetupKey({ secret }: { secret: string }) {
  const t = useMessages(messages)
  const [copied, setCopied] = useState<'copied' | 'failed' | null>(null)
  async function copy() {
    try {
      await navigator.clipboard.writeText(secret)
      setCopied('copied')
    } catch {
      setCopied('failed')
    }
  }
  return (
    <div>
      <p id="setup-key-label">{t.label}</p>
      <p>
        <TotpKey secret={secret} className="setup-key" data-testid="setup-key" />
      </p>
      <p className="button-row">
        <button
          type="button"
          className="button button--secondary"
          data-action="copy-key"
          onClick={copy}
        >
          {t.copy}
        </button>
        <span role="status" className="setup-key__status">
          {copied ? t[copied] : ''}
        </span>
      </p>
    </div>
  )
}
