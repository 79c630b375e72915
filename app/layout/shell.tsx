import { useQueryClient } from '@tanstack/react-query'
import type { ReactNode } from 'react'
import { useMatches } from 'react-router'
import { LanguageSwitch } from '../../src/components/LanguageSwitch'
import { Link, useLocalNavigate } from '../../src/components/Link'
import { app, i18n, useMessages } from '../../src/i18n'
import { api } from '../../src/lib/api'
import { mockEnabled } from '../../src/lib/config'
import { putSession, useSession } from '../../src/lib/session'
import { IdleTimer } from './idle-timer'
import { MockToolbar } from './mock-toolbar'
import { StepIndicator } from './step-indicator'

const messages = i18n('layout', { skip: 'Skip to main content', logOut: 'Log out' })

/** What a route module's `handle` tells the frame around it. */
export type RouteHandle = { step?: number; stepOnlyInSetup?: boolean }

function useStep(inSetup: boolean): number | undefined {
  const handle = useMatches()
    .map((m) => m.handle as RouteHandle | undefined)
    .findLast((h) => h?.step)
  if (!handle?.step || (handle.stepOnlyInSetup && !inSetup)) return undefined
  return handle.step
}

/** Header, mock toolbar, step indicator and idle timer around every screen. */
export function Shell({ children }: { children: ReactNode }) {
  const t = useMessages(messages)
  const brand = useMessages(app)
  const session = useSession()
  const queryClient = useQueryClient()
  const navigate = useLocalNavigate()
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
        {children}
      </main>
      {session ? <IdleTimer session={session} /> : null}
    </>
  )
}
