import { type ReactNode, useEffect, useRef } from 'react'
import { app, useStore } from '../i18n'
import { pageTitle } from './page-title'

let firstScreen = true

/**
 * Each new screen's heading takes focus, so a screen-reader user hears where they are.
 * The very first screen of a visit keeps the browser's own starting point.
 */
export function PageHeading({ children, caption }: { children: ReactNode; caption?: string }) {
  const ref = useRef<HTMLHeadingElement>(null)
  const product = useStore(app).name
  useEffect(() => {
    if (typeof children !== 'string') return
    const title = pageTitle(children, product)
    // A prerendered page has it already.
    if (document.title !== title) document.title = title
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
