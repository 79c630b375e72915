import { useEffect } from 'react'
import { Outlet, useMatches, useRevalidator } from 'react-router'
import { onLogOutElsewhere } from '../../src/lib/session'
import type { RouteHandle } from '../layout/shell'

/**
 * Around a guarded screen: its frame (step, heading, what every user reads), from the screen's
 * `handle`. The frame is this layout's, not the screen's, so it stays when the guard answers:
 * only the screen's own part replaces its `HydrateFallback`, and what the user selected or
 * focused in the prerendered page is still there (decision 0022).
 */
export default function Framed() {
  const screen = useMatches().at(-1)
  const Frame = (screen?.handle as RouteHandle | undefined)?.Frame
  if (!Frame) throw new Error(`no Frame in the handle of ${screen?.id}`)
  useGuardAgain()
  // The guard's loader data is the session it let in; there is none while it asks.
  return (
    <Frame admitted={Boolean(screen?.loaderData)}>
      <Outlet />
    </Frame>
  )
}

/**
 * The guard asks again when the user comes back to the tab: the session may have ended or moved
 * on meanwhile (a Portal Admin's switch or reset, the setup finished in another tab). A log out in
 * another tab of this browser makes it ask at once, so no tab keeps showing a signed-in screen.
 */
function useGuardAgain() {
  const { revalidate } = useRevalidator()
  useEffect(() => {
    const onReturn = () => {
      if (document.visibilityState === 'visible') void revalidate()
    }
    document.addEventListener('visibilitychange', onReturn)
    const stop = onLogOutElsewhere(() => void revalidate())
    return () => {
      document.removeEventListener('visibilitychange', onReturn)
      stop()
    }
  }, [revalidate])
}
