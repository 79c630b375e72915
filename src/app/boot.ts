import { matchRoutes, type RouteObject } from 'react-router'

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
  await Promise.all(
    matches.map(async ({ route }) => {
      if (typeof route.lazy !== 'function') return
      const loaded = await route.lazy()
      Object.assign(route, { ...loaded, lazy: undefined })
    }),
  )
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
