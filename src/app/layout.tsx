import { useQueryClient } from '@tanstack/react-query'
import { lazy, Suspense } from 'react'
import { Link, Outlet, useMatches, useNavigate } from 'react-router'
import { LanguageSwitch } from '../components/LanguageSwitch'
import { app, i18n, useStore } from '../i18n'
import { api } from '../lib/api'
import { mockEnabled } from '../lib/config'
import { putSession, useSession } from '../lib/session'
import { MockToolbar } from './mock-toolbar'
import { StepIndicator } from './step-indicator'

const messages = i18n('layout', { skip: 'Skip to main content', logOut: 'Log out' })

// Only a logged-in user has an idle limit: its code loads with the first session, not before.
const IdleTimer = lazy(() => import('./idle-timer').then((m) => ({ default: m.IdleTimer })))

export type RouteHandle = { step?: number; stepOnlyInSetup?: boolean }

function useStep(inSetup: boolean): number | undefined {
  const handle = useMatches()
    .map((m) => m.handle as RouteHandle | undefined)
    .findLast((h) => h?.step)
  if (!handle?.step || (handle.stepOnlyInSetup && !inSetup)) return undefined
  return handle.step
}

export function Layout() {
  const t = useStore(messages)
  const brand = useStore(app)
  const session = useSession()
  const queryClient = useQueryClient()
  const navigate = useNavigate()
  const step = useStep(session?.stage === 'setup')

  async function logOut() {
    await api('logout', {}).catch(() => undefined)
    await putSession(queryClient, null)
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
          <div className="header__end">
            {session && session.stage !== 'challenge' ? (
              <div className="header__user">
                <span>
                  {session.user.name} ({session.user.userId})
                </span>
                <button type="button" className="link-button" onClick={logOut}>
                  {t.logOut}
                </button>
              </div>
            ) : null}
            <LanguageSwitch />
          </div>
        </div>
      </header>
      {mockEnabled ? <MockToolbar /> : null}
      <main className="main" id="main">
        {step ? <StepIndicator current={step} /> : null}
        {/* A prerendered screen hydrates after the header and in a commit of its own (React
            leaves a server-rendered boundary for later): two shorter tasks instead of one. */}
        <Suspense fallback={null}>
          <Outlet />
        </Suspense>
      </main>
      {session ? (
        <Suspense fallback={null}>
          <IdleTimer session={session} />
        </Suspense>
      ) : null}
    </>
  )
}
