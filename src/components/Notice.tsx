import type { ReactNode } from 'react'

type Tone = 'info' | 'success' | 'warning' | 'error'

export function Notice({
  tone = 'info',
  children,
  live,
}: {
  tone?: Tone
  children: ReactNode
  live?: boolean
}) {
  return (
    <div className={`notice notice--${tone}`} role={live ? 'status' : undefined}>
      {children}
    </div>
  )
}
