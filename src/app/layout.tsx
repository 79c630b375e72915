import { useQueryClient } from '@tanstack/react-query'
import { Link, Outlet, useMatches, useNavigate } from 'react-router'
import { api } from '../lib/api'
import { mockEnabled } from '../lib/config'
import { sessionQuery, useSession } from '../lib/session'
import { IdleTimer } from './idle-timer'
import { MockToolbar } from './mock-toolbar'
import { StepIndicator } from './step-indicator'

export type RouteHandle = { step?: number; stepOnlyInSetup?: boolean }

function useStep(inSetup: boolean): number | undefined {
  const handle = useMatches()
    .map((m) => m.handle as RouteHandle | undefined)
    .findLast((h) => h?.step)
  if (!handle?.step || (handle.stepOnlyInSetup && !inSetup)) return undefined
  return handle.step
}

export function Layout() {
  const session = useSession()
  const queryClient = useQueryClient()
  const navigate = useNavigate()
  const step = useStep(session?.stage === 'setup')

  async function logOut() {
    await api('logout', {}).catch(() => undefined)
    queryClient.setQueryData(sessionQuery.queryKey, null)
    queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== 'session' })
    navigate('/?ended=logout', { replace: true })
  }

  return (
    <>
      <a className="skip-link" href="#main">
        Skip to main content
      </a>
      <header className="header">
        <div className="header__inner">
          <Link className="header__brand" to="/">
            Business Portal
          </Link>
          {session && session.stage !== 'challenge' ? (
            <div className="header__user">
              <span>
                {session.user.name} ({session.user.userId})
              </span>
              <button type="button" className="link-button" onClick={logOut}>
                Log out
              </button>
            </div>
          ) : null}
        </div>
      </header>
      {mockEnabled ? <MockToolbar /> : null}
      <main className="main" id="main">
        {step ? <StepIndicator current={step} /> : null}
        <Outlet />
      </main>
      {session ? <IdleTimer session={session} /> : null}
    </>
  )
}
