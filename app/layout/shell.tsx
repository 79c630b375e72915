import { useQueryClient } from '@tanstack/react-query'
import { type ComponentType, lazy, type ReactNode, Suspense } from 'react'
import { useLocation, useMatches } from 'react-router'
import { LanguageSwitch } from '../../src/components/LanguageSwitch'
import { Link, useLocalNavigate } from '../../src/components/Link'
import { Notice } from '../../src/components/Notice'
import { app, i18n, useMessages } from '../../src/i18n'
import { mockEnabled } from '../../src/lib/config'
import { logOut, useSession } from '../../src/lib/session'
import { isMoved } from '../../src/lib/use-recover'
import { MockToolbar } from './mock-toolbar'

// Only a signed-in screen has one, and its first warning comes after minutes: not in the entry.
const IdleTimer = lazy(() => import('./idle-timer').then((m) => ({ default: m.IdleTimer })))

const messages = i18n('layout', {
  skip: 'Skip to main content',
  logOut: 'Log out',
  moved:
    "The portal's last answer did not reach the screen you were on, or that step was already done (in another tab, say). This is where you are now.",
})

/**
 * What a route module's `handle` tells the frame around it: whether only a signed-in user reaches
 * it, and the part of a guarded screen that shows before its guard answers (`routes/framed.tsx`),
 * told when the guard has let the session in.
 */
export type RouteHandle = {
  signedIn?: boolean
  Frame?: ComponentType<{ children?: ReactNode; admitted?: boolean }>
}

/** A screen only a signed-in user reaches: its header has the user's row from the first paint. */
function useSignedInScreen(): boolean {
  return useMatches().some((m) => (m.handle as RouteHandle | undefined)?.signedIn)
}

/** Header, mock toolbar, step indicator and idle timer around every screen. */
export function Shell({ children }: { children: ReactNode }) {
  const t = useMessages(messages)
  const brand = useMessages(app)
  const session = useSession()
  const queryClient = useQueryClient()
  const navigate = useLocalNavigate()
  const signedIn = session && session.stage !== 'challenge'
  const reserveUserRow = useSignedInScreen()
  const moved = isMoved(useLocation().state)

  async function leave() {
    await logOut(queryClient)
    queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== 'session' })
    navigate('/?ended=logout', { replace: true })
  }

  return (
    <>
      <a className="skip-link" href="#main">
        {t.skip}
      </a>
      <header className="header">
        <div className="header__inner">
          <Link className="header__brand" to="/">
            {brand.name}
          </Link>
          <LanguageSwitch />
          {signedIn ? (
            <div className="header__user">
              <span className="header__name">
                {session.user.name} ({session.user.userId})
              </span>
              <button type="button" className="link-button" onClick={leave}>
                {t.logOut}
              </button>
            </div>
          ) : reserveUserRow ? (
            <div className="header__user" aria-hidden="true" />
          ) : null}
        </div>
      </header>
      {mockEnabled ? <MockToolbar /> : null}
      <main className="main" id="main">
        {moved ? (
          <Notice tone="warning" live>
            <p>{t.moved}</p>
          </Notice>
        ) : null}
        {children}
      </main>
      {session ? (
        <Suspense fallback={null}>
          <IdleTimer session={session} />
        </Suspense>
      ) : null}
    </>
  )
}
