import { type QueryClient, queryOptions, useQuery } from '@tanstack/react-query'
import { currentPortal } from '../../mocks/door'
import { type Method, type Session, type SetupStep, setupStep, type User } from '../contract'
import { ApiError, api } from './api'

/**
 * What this browser last knew: '1' the portal confirmed a session; 'leaving' the user asked to log
 * out and the answer is on its way; 'out' they logged out (until the next log in).
 */
const SIGNED_IN = 'bp2s.signedIn'

/**
 * The flag of this browser, shared by its tabs; a mock scenario's own portal (and session) has
 * one of its own, kept as long as its tab, as the portal's state is.
 */
function flag(): { storage: Storage; key: string } {
  const portal = currentPortal()
  return portal
    ? { storage: sessionStorage, key: `${SIGNED_IN}:${portal}` }
    : { storage: localStorage, key: SIGNED_IN }
}

function stored(): string | null | undefined {
  try {
    const { storage, key } = flag()
    return storage.getItem(key)
  } catch {
    return undefined
  }
}

function store(value: '1' | 'leaving' | 'out' | null): void {
  try {
    const { storage, key } = flag()
    if (value) storage.setItem(key, value)
    else storage.removeItem(key)
  } catch {
    // no storage: every screen asks the portal
  }
}

/**
 * Whether this browser last heard from the portal that it has a session (unknown without
 * storage). Logging out, the idle limit and the end of the initial setting end that.
 */
function rememberedSession(): boolean | undefined {
  const value = stored()
  return value === undefined ? undefined : value === '1'
}

export type Ended = 'logout' | 'session' | undefined

/**
 * Why this browser has no session, when it had one: it logged out, in this tab or another
 * (until its next log in), or the portal ended the session it remembered. Read before asking:
 * a "no session" answer forgets the session it remembered.
 */
export function endedHere(): Ended {
  const value = stored()
  if (value === '1') return 'session'
  return value === 'out' || value === 'leaving' ? 'logout' : undefined
}

/** Why, after a "no session" answer: `before` (`endedHere()` when asking), or a log out since. */
export function endedSince(before: Ended): Ended {
  return endedHere() === 'logout' ? 'logout' : before
}

/** Calls `then` when another tab of this browser logs out; returns the way to stop listening. */
export function onLogOutElsewhere(then: () => void): () => void {
  const listener = (event: StorageEvent) => {
    if (event.key === SIGNED_IN && event.newValue === 'out' && !currentPortal()) then()
  }
  window.addEventListener('storage', listener)
  return () => window.removeEventListener('storage', listener)
}

/** A screen open to anyone asks the portal only then: a visitor's page loads without a call. */
function mayHaveSession(): boolean {
  return rememberedSession() ?? typeof window !== 'undefined'
}

/**
 * Where a session answer comes from: a log in (it always counts), or a question, and what the
 * flag said when it was asked (unknown: asked before any log out since).
 */
type Source = { loggedIn?: boolean; loggedOut?: boolean; asked?: string | null }

/** Whether a log out began since the flag said `asked`: a session answer to that question is older. */
function loggedOutSince(asked: string | null | undefined): boolean {
  const now = stored()
  return now === 'leaving' || (now === 'out' && asked !== 'out')
}

function remember(session: Session | null, { loggedIn, loggedOut, asked }: Source = {}) {
  if (session) {
    if (loggedIn || !loggedOutSince(asked)) store('1')
  } else if (loggedOut) store('out')
  else if (stored() === '1') store(null)
  return session
}

export async function getSession(): Promise<Session | null> {
  const asked = stored()
  try {
    const session = await api('session')
    // answered before a log out that has ended since: ask once more
    if (session && stored() === 'out' && asked !== 'out') return getSession()
    return remember(session, { asked })
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
 * What the portal just said the session is (`loggedOut`: none, because the user logged out). A
 * session check still in flight (sent before a log-in, say) is cancelled first, so its older
 * answer cannot land on top of this one.
 */
export async function putSession(
  queryClient: QueryClient,
  session: Session | null,
  source: Source = {},
): Promise<void> {
  await queryClient.cancelQueries({ queryKey: sessionQuery.queryKey })
  queryClient.setQueryData(sessionQuery.queryKey, remember(session, source))
}

/**
 * Logs the user out. The browser counts as logged out from the moment they ask, so another tab
 * that hears "no session" while the answer is on its way says they logged out; and whatever the
 * portal answers, this tab leaves the session.
 */
export async function logOut(queryClient: QueryClient): Promise<void> {
  store('leaving')
  // the tab closed before the answer: logged out all the same
  const closed = () => store('out')
  window.addEventListener('pagehide', closed)
  await api('logout', {}).catch(() => undefined)
  window.removeEventListener('pagehide', closed)
  await putSession(queryClient, null, { loggedOut: true })
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
