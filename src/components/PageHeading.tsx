import { useEffect, useRef } from 'react'
import { useLocation } from 'react-router'
import { app, terms, useMessages } from '../i18n'
import { pageTitle } from './page-title'
import { StepIndicator } from './StepIndicator'

/**
 * The key of the history entry the page was opened (or reloaded) at: React Router's scroll
 * restoration gives it one before the app starts, so 'default' alone does not tell.
 */
const openedAt: unknown = typeof window === 'undefined' ? undefined : window.history.state?.key

/**
 * The screen's h1, its page title (React puts the `<title>` in the head, in the prerendered HTML
 * too) and, on the initial setting's screens, the step indicator under it. Each new screen's
 * heading takes focus, so a screen-reader user hears where they are; the screen the page was opened
 * at keeps the browser's own starting point.
 */
export function PageHeading({
  children,
  caption,
  step,
}: {
  children: string
  caption?: string
  /** STEP1 … STEP5 of the initial setting; 6 when all are done. */
  step?: number
}) {
  const ref = useRef<HTMLHeadingElement>(null)
  const product = useMessages(app).name
  const key = useLocation().key
  const arrived = key !== 'default' && key !== openedAt
  useEffect(() => {
    if (arrived) ref.current?.focus({ preventScroll: false })
  }, [arrived])
  return (
    <>
      <title>{pageTitle(children, product)}</title>
      {caption ? <p className="caption">{terms(caption)}</p> : null}
      <h1 className="heading" tabIndex={-1} ref={ref}>
        {children}
      </h1>
      {step ? <StepIndicator current={step} /> : null}
    </>
  )
}
