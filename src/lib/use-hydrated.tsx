import {
  createContext,
  type ReactNode,
  startTransition,
  useContext,
  useEffect,
  useState,
} from 'react'

// Without a provider a screen renders on the client, never over prerendered HTML: ready at once.
const Hydrated = createContext(true)

/**
 * Around a prerendered page: false while React hydrates it, then true in a transition, which React
 * renders in short slices of its own after hydration's commit instead of in the same task.
 */
export function HydratedProvider({ children }: { children: ReactNode }) {
  const [hydrated, setHydrated] = useState(false)
  useEffect(() => startTransition(() => setHydrated(true)), [])
  return <Hydrated value={hydrated}>{children}</Hydrated>
}

/**
 * False while React hydrates a prerendered page, true after: what depends on the address's query
 * or on the browser (not on the prerendered HTML) renders only then.
 */
export function useHydrated(): boolean {
  return useContext(Hydrated)
}
