import { useSyncExternalStore } from 'react'

const never = () => () => undefined

/**
 * False while React hydrates a prerendered page, true after: what depends on the address's query
 * or on the browser (not on the prerendered HTML) renders only then.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    never,
    () => true,
    () => false,
  )
}
