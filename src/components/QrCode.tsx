import { QRCodeSVG } from 'qrcode.react'
import { useDeferredValue } from 'react'

/**
 * Black on white with a quiet zone, whatever the colour scheme, so every camera can read it.
 * Encoding the code is the longest piece of rendering on its screen: it runs in a render of its
 * own, after the rest of the screen has been committed, instead of lengthening that one.
 */
export function QrCode({ value, label }: { value: string; label: string }) {
  const shown = useDeferredValue(value, '')
  return (
    <div className="qr">
      {shown ? (
        <QRCodeSVG
          value={shown}
          size={240}
          marginSize={4}
          level="M"
          bgColor="#ffffff"
          fgColor="#000000"
          role="img"
          aria-label={label}
          title={label}
        />
      ) : (
        <div className="qr__space" />
      )}
    </div>
  )
}
