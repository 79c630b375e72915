import { useQueryClient } from '@tanstack/react-query'
import { useLocation } from 'react-router'
import { useLocalNavigate } from '../components/Link'
import { unprefixed } from '../i18n'
import { ApiError } from './api'
import { isOutOfStep } from './errors'
import { endedHere, endedSince, homeFor, sessionQuery } from './session'

/** What a screen reached by `useRecover` says happened. */
export type MovedState = { moved: true }

/** Whether a history entry's state says the app moved the user (`useRecover`). */
export function isMoved(state: unknown): boolean {
  return typeof state === 'object' && state !== null && 'moved' in state && state.moved === true
}

/**
 * After an answer that leaves the screen out of step with the portal (a network error: the request
 * may have been done; a session ended or moved on), asks the portal where the user is now and
 * goes there, with a word about it. Resolves false when that changes nothing: the screen shows
 * the error itself.
 */
export function useRecover(): (error: unknown) => Promise<boolean> {
  const queryClient = useQueryClient()
  const navigate = useLocalNavigate()
  const { pathname } = useLocation()
  return async (error) => {
    if (!isOutOfStep(error)) return false
    const before = endedHere()
    const session = await queryClient.fetchQuery(sessionQuery).catch(() => undefined)
    if (session === undefined) return false
    if (!session) {
      // a refusal: nothing was done; no answer: what was sent may have been done
      const refused = error instanceof ApiError && error.status !== 0
      const ended = !refused ? 'lost' : endedSince(before) === 'logout' ? 'logout' : 'session'
      navigate(`/?ended=${ended}`, { replace: true })
      return true
    }
    const home = homeFor(session)
    if (home === unprefixed(pathname)) return false
    navigate(home, { replace: true, state: { moved: true } satisfies MovedState })
    return true
  }
}

/** `send`, and when its answer leaves the screen out of step, the way back in step (`useRecover`). */
export function useInStep<T>(send: (body: T) => Promise<unknown>): (body: T) => Promise<void> {
  const recover = useRecover()
  return async (body) => {
    try {
      await send(body)
    } catch (error) {
      if (!(await recover(error))) throw error
    }
  }
}
