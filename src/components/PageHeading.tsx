import { type ReactNode, useEffect, useRef } from 'react'
import { app, useStore } from '../i18n'

let firstScreen = true

/**
 * Each new screen's heading takes focus, so a screen-reader user hears where they are.
 * The very first screen of a visit keeps the browser's own starting point.
 */
export function PageHeading({ children, caption }: { children: ReactNode; caption?: string }) {
  const ref = useRef<HTMLHeadingElement>(null)
  const product = useStore(app).name
  // Each screen has its own title (WCAG 2.4.2), in the language shown.
  useEffect(() => {
    if (typeof children === 'string') document.title = `${children} – ${product}`
  }, [children, product])
  useEffect(() => {
    if (firstScreen) {
      firstScreen = false
      return
    }
    ref.current?.focus({ preventScroll: false })
  }, [])
  return (
    <>
      {caption ? <p className="caption">{caption}</p> : null}
      <h1 className="heading" tabIndex={-1} ref={ref}>
        {children}
      </h1>
    </>
  )
}
