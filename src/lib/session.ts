import { type QueryClient, queryOptions, useQuery } from '@tanstack/react-query'
import type { Session, User } from '../contract'
import { ApiError, api } from './api'

export async function getSession(): Promise<Session | null> {
  try {
    return await api('session')
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return null
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
  queryClient.setQueryData(sessionQuery.queryKey, session)
}

/**
 * The session as last answered. Every navigation to a guarded screen has just asked the portal
 * (the route's guard), so a screen that mounts reads that answer instead of asking again; it
 * still asks when it has none, and when the window gets focus back.
 */
export function useSession(): Session | null {
  return useQuery({ ...sessionQuery, refetchOnMount: false }).data ?? null
}

/** The first step of the initial setting that is not done yet. */
export function setupPath(user: User): string {
  if (!user.passwordChanged) return '/setup/password'
  if (!user.methodChosen) return '/setup/password/done'
  return user.method === 'totp' ? '/setup/totp' : '/setup/mail'
}

/** Where a session belongs when the screen it asked for is not for it. */
export function homeFor(session: Session | null): string {
  if (!session) return '/'
  if (session.stage === 'challenge') return '/login/verify'
  if (session.stage === 'setup' && session.user.passwordChanged) return setupPath(session.user)
  return '/dashboard'
}
