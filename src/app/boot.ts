import { matchRoutes, type RouteObject } from 'react-router'
import { nextTask } from '../lib/next-task'

type Router = {
  readonly state: { initialized: boolean }
  subscribe: (listener: (state: { initialized: boolean }) => void) => () => void
}

/**
 * Loads the lazy routes that match `location` and puts what they export on the route objects,
 * as React Router's docs do before hydrating lazy routes: the router then starts with them.
 */
export async function loadRouteModules(
  list: RouteObject[],
  location: string | { pathname: string },
): Promise<RouteObject[]> {
  const matches = matchRoutes(list, location) ?? []
  // One after the other, each evaluated in a task of its own: the page's loader has fetched
  // them already (scripts/prerender.ts), so this costs no round trips.
  for (const { route } of matches) {
    if (typeof route.lazy !== 'function') continue
    const loaded = await route.lazy()
    Object.assign(route, { ...loaded, lazy: undefined })
    await nextTask()
  }
  return matches.map((m) => m.route)
}

/** Resolves once the router has run the first location's loaders (guards, redirects). */
export function routerReady(router: Router): Promise<void> {
  if (router.state.initialized) return Promise.resolve()
  return new Promise((resolve) => {
    const stop = router.subscribe((state) => {
      if (!state.initialized) return
      stop()
      resolve()
    })
  })
}
