import { QRCodeSVG } from 'qrcode.react'
import { Component, type ReactNode } from 'react'

/** A value too long for a QR code shows none: the setup key beside it still works. */
class NoCodeOnError extends Component<{ children: ReactNode }, { failed: boolean }> {
  state = { failed: false }
  static getDerivedStateFromError() {
    return { failed: true }
  }
  render() {
    return this.state.failed ? null : this.props.children
  }
}

/**
 * Black on white with a quiet zone of 4 modules, whatever the colour scheme, so every camera can
 * read it; `label` names it for screen readers.
 */
export function QrCode({ value, label }: { value: string; label: string }) {
  return (
    <NoCodeOnError key={value}>
      <div className="qr">
        <QRCodeSVG
          value={value}
          size={240}
          marginSize={4}
          level="M"
          boostLevel
          bgColor="#ffffff"
          fgColor="#000000"
          role="img"
          aria-label={label}
          title={label}
        />
      </div>
    </NoCodeOnError>
  )
}
