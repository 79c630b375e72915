import { useEffect, useState } from 'react'
import type { QrPath } from './qr-path'

/** A worker's answer, checked: it crosses a thread boundary. */
function asQrPath(data: unknown): QrPath | null {
  if (typeof data !== 'object' || data === null || !('size' in data) || !('path' in data))
    return null
  return typeof data.size === 'number' && typeof data.path === 'string'
    ? { size: data.size, path: data.path }
    : null
}

const encodeHere = (value: string) => import('./qr-path').then((m) => m.qrPath(value))

/** Encodes in a worker of its own (see qr.worker.ts); where there is none, in the page. */
function encodeQr(value: string): Promise<QrPath> {
  if (typeof Worker !== 'function') return encodeHere(value)
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./qr.worker.ts', import.meta.url), { type: 'module' })
    const inPage = () => {
      worker.terminate()
      encodeHere(value).then(resolve, reject)
    }
    worker.onmessage = (event) => {
      const qr = asQrPath(event.data)
      if (!qr) return inPage()
      worker.terminate()
      resolve(qr)
    }
    worker.onerror = inPage
    worker.postMessage(value)
  })
}

function useQrPath(value: string): QrPath | null {
  const [encoded, setEncoded] = useState<{ value: string; qr: QrPath } | null>(null)
  useEffect(() => {
    let current = true
    encodeQr(value).then(
      (qr) => current && setEncoded({ value, qr }),
      () => undefined,
    )
    return () => {
      current = false
    }
  }, [value])
  return encoded?.value === value ? encoded.qr : null
}

/**
 * Black on white with a quiet zone, whatever the colour scheme, so every camera can read it.
 * Its square is reserved while the code is encoded, so nothing moves when it appears; a code
 * that cannot be encoded leaves the square empty beside the setup key.
 */
export function QrCode({ value, label }: { value: string; label: string }) {
  const qr = useQrPath(value)
  return (
    <div className="qr">
      {qr ? (
        <svg
          viewBox={`0 0 ${qr.size} ${qr.size}`}
          width={240}
          height={240}
          shapeRendering="crispEdges"
          role="img"
          aria-label={label}
        >
          <title>{label}</title>
          <path fill="#ffffff" d={`M0 0h${qr.size}v${qr.size}H0z`} />
          <path fill="#000000" d={qr.path} />
        </svg>
      ) : (
        <div className="qr__space" />
      )}
    </div>
  )
}
