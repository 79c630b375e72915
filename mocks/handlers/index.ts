import type { Route } from '../http'
import { adminRoutes } from './admin'
import { loginRoutes } from './login'
import { mockRoutes } from './mock'
import { sessionRoutes } from './session'
import { setupRoutes } from './setup'

/** The portal's endpoints, the demo's own (`/api/mock/*`) apart. */
export const portalRoutes: Route[] = [
  ...sessionRoutes,
  ...loginRoutes,
  ...setupRoutes,
  ...adminRoutes,
]

// msw tries the handlers in order, reading the request's cookies for each: the session, which
// every page asks for first, comes first.
export const routes: Route[] = [...portalRoutes, ...mockRoutes]
