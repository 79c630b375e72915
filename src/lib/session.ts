import { type QueryClient, queryOptions, useQuery } from '@tanstack/react-query'
import { type Method, type Session, type SetupStep, setupStep, type User } from '../contract'
import { ApiError, api } from './api'

const SIGNED_IN = 'bp2s.signedIn'

/**
 * Whether this browser last heard from the portal that it has a session (unknown without
 * storage). Logging out, the idle limit and the end of the initial setting forget it.
 */
export function rememberedSession(): boolean | undefined {
  try {
    return localStorage.getItem(SIGNED_IN) === '1'
  } catch {
    return undefined
  }
}

/** A screen open to anyone asks the portal only then: a visitor's page loads without a call. */
function mayHaveSession(): boolean {
  return rememberedSession() ?? typeof window !== 'undefined'
}

function remember(session: Session | null): Session | null {
  try {
    if (session) localStorage.setItem(SIGNED_IN, '1')
    else localStorage.removeItem(SIGNED_IN)
  } catch {
    // no storage: every screen asks
  }
  return session
}

export async function getSession(): Promise<Session | null> {
  try {
    return remember(await api('session'))
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return remember(null)
    throw error
  }
}

export const sessionQuery = queryOptions({
  queryKey: ['session'],
  queryFn: getSession,
  staleTime: 0,
})

/**
 * What the portal just said the session is. A session check still in flight (sent before a log-in,
 * say) is cancelled first, so its older answer cannot land on top of this one.
 */
export async function putSession(queryClient: QueryClient, session: Session | null): Promise<void> {
  await queryClient.cancelQueries({ queryKey: sessionQuery.queryKey })
  queryClient.setQueryData(sessionQuery.queryKey, remember(session))
}

/** How long an answer counts as just given: a screen that mounts then does not ask again. */
const JUST_ASKED_MS = 2_000

/**
 * The session as the portal last answered. A guarded screen's guard has just asked, so the
 * screen reads that answer instead of asking again on mount; a screen mounted later (the
 * chooser, reached from a link) asks again, as it does when the window gets focus back, if the
 * browser may have a session at all.
 */
export function useSession(): Session | null {
  return (
    useQuery({
      ...sessionQuery,
      refetchOnMount: (query) => Date.now() - query.state.dataUpdatedAt > JUST_ASKED_MS,
      enabled: mayHaveSession,
    }).data ?? null
  )
}

const stepPaths: Record<SetupStep, string> = {
  password: '/setup/password',
  chooseMethod: '/setup/password/done',
  totp: '/setup/totp',
  mail: '/setup/mail',
  done: '/setup/complete',
}

/** The screen of the first step of the initial setting that is not done yet. */
export function setupPath(user: User): string {
  return stepPaths[setupStep(user)]
}

/**
 * What S4's address names after `/setup/password/done/`: the method of a user who has no choice
 * to make, so its prerendered page already shows the way on; nothing for a Portal Admin, who
 * chooses there.
 */
export function passwordDoneMethod(user: User): Method | undefined {
  return user.role === 'admin' ? undefined : user.method
}

export function passwordDonePath(user: User): string {
  const method = passwordDoneMethod(user)
  return method ? `${stepPaths.chooseMethod}/${method}` : stepPaths.chooseMethod
}

/** Where a session belongs when the screen it asked for is not for it. */
export function homeFor(session: Session | null): string {
  if (!session) return '/'
  if (session.stage === 'challenge') return '/login/verify'
  if (session.stage === 'setup' && setupStep(session.user) !== 'password') {
    return setupPath(session.user)
  }
  return '/dashboard'
}
