import { useEffect, useState } from 'react'
import type { QrPath } from './qr-path'

/** The code as an SVG path, and as a picture where the worker could draw one. */
type Qr = QrPath & { png?: Blob }

/** A worker's answer, checked: it crosses a thread boundary. */
function asQr(data: unknown): Qr | null {
  if (typeof data !== 'object' || data === null || !('size' in data) || !('path' in data))
    return null
  if (typeof data.size !== 'number' || !Number.isInteger(data.size) || data.size <= 0) return null
  if (typeof data.path !== 'string') return null
  const png = 'png' in data && data.png instanceof Blob ? data.png : undefined
  return { size: data.size, path: data.path, png }
}

const encodeHere = (value: string) => import('./qr-path').then((m) => m.qrPath(value))

/** Encodes in a worker of its own (see qr.worker.ts); where there is none, in the page. */
function encodeQr(value: string): Promise<Qr> {
  let worker: Worker
  try {
    worker = new Worker(new URL('./qr.worker.ts', import.meta.url), { type: 'module' })
  } catch {
    // No workers here (jsdom), or not allowed (a Content Security Policy, say).
    return encodeHere(value)
  }
  return new Promise((resolve, reject) => {
    const inPage = () => {
      worker.terminate()
      encodeHere(value).then(resolve, reject)
    }
    worker.onmessage = (event) => {
      const { data } = event
      if (typeof data === 'object' && data !== null && 'error' in data) {
        worker.terminate()
        return reject(new Error(`QR code: ${String(data.error)}`))
      }
      const qr = asQr(data)
      if (!qr) return inPage()
      worker.terminate()
      resolve(qr)
    }
    worker.onerror = inPage
    worker.onmessageerror = inPage
    worker.postMessage(value)
  })
}

type Shown = QrPath & { src?: string }
type Encoded = { value: string; qr: Shown | null }

/** The code for `value`: `undefined` while it is encoded, `null` if it cannot be. */
function useQr(value: string): Shown | null | undefined {
  const [encoded, setEncoded] = useState<Encoded | null>(null)
  useEffect(() => {
    let current = true
    let src: string | undefined
    encodeQr(value).then(
      ({ png, ...qr }) => {
        if (!current) return
        src = png && URL.createObjectURL(png)
        setEncoded({ value, qr: { ...qr, src } })
      },
      (error: unknown) => {
        console.error(error)
        if (current) setEncoded({ value, qr: null })
      },
    )
    return () => {
      current = false
      if (src) {
        URL.revokeObjectURL(src)
        setEncoded(null)
      }
    }
  }, [value])
  return encoded?.value === value ? encoded.qr : undefined
}

/**
 * Black on white with a quiet zone, whatever the colour scheme, so every camera can read it.
 * Its square is reserved while the code is encoded, so nothing moves when it appears. A value
 * too long for a QR code shows none: the setup key beside it still works.
 */
export function QrCode({ value, label }: { value: string; label: string }) {
  const qr = useQr(value)
  if (qr === null) return null
  return (
    <div className="qr">
      {qr?.src ? (
        <img src={qr.src} width={240} height={240} alt={label} decoding="async" />
      ) : qr ? (
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
