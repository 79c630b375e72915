import { QRCodeSVG } from 'qrcode.react'

/** Black on white with a quiet zone, whatever the colour scheme, so every camera can read it. */
export function QrCode({ value, label }: { value: string; label: string }) {
  return (
    <div className="qr">
      <QRCodeSVG
        value={value}
        size={240}
        marginSize={4}
        level="M"
        bgColor="#ffffff"
        fgColor="#000000"
        role="img"
        aria-label={label}
        title={label}
      />
    </div>
  )
}
