import { useState } from 'react'

export function groupKey(secret: string): string {
  return secret.match(/.{1,4}/g)?.join(' ') ?? secret
}

/** The secret as text in 4-character groups, for typing into an app, with a copy button. */
export function SetupKey({ secret }: { secret: string }) {
  const [copied, setCopied] = useState<'yes' | 'no' | null>(null)
  async function copy() {
    try {
      await navigator.clipboard.writeText(secret)
      setCopied('yes')
    } catch {
      setCopied('no')
    }
  }
  return (
    <div>
      <p id="setup-key-label">Setup key (time based):</p>
      <p>
        <code className="setup-key" data-testid="setup-key">
          {groupKey(secret)}
        </code>
      </p>
      <p className="button-row">
        <button type="button" className="button button--secondary" onClick={copy}>
          Copy setup key
        </button>
        <span role="status">
          {copied === 'yes'
            ? 'Setup key copied.'
            : copied === 'no'
              ? 'Could not copy: select the key and copy it.'
              : ''}
        </span>
      </p>
    </div>
  )
}
