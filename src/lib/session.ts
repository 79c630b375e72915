import { queryOptions, useQuery } from '@tanstack/react-query'
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

export function useSession(): Session | null {
  return useQuery(sessionQuery).data ?? null
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
