import { useEffect, useRef } from 'react'
import { app, useMessages } from '../i18n'
import { pageTitle } from './page-title'

let firstScreen = true

/**
 * The screen's h1, and its page title (React puts the `<title>` in the head, in the prerendered
 * HTML too). Each new screen's heading takes focus, so a screen-reader user hears where they
 * are; the very first screen of a visit keeps the browser's own starting point.
 */
export function PageHeading({ children, caption }: { children: string; caption?: string }) {
  const ref = useRef<HTMLHeadingElement>(null)
  const product = useMessages(app).name
  useEffect(() => {
    if (firstScreen) {
      firstScreen = false
      return
    }
    ref.current?.focus({ preventScroll: false })
  }, [])
  return (
    <>
      <title>{pageTitle(children, product)}</title>
      {caption ? <p className="caption">{caption}</p> : null}
      <h1 className="heading" tabIndex={-1} ref={ref}>
        {children}
      </h1>
    </>
  )
}
