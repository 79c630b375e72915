import type { Route } from '../http'
import { adminRoutes } from './admin'
import { loginRoutes } from './login'
import { demoRoutes, scenarioRoutes } from './mock'
import { sessionRoutes } from './session'
import { setupRoutes } from './setup'

/** The portal's endpoints, the demo's own (`/api/mock/*`, `demoRoutes`) apart. */
export const portalRoutes: Route[] = [
  ...sessionRoutes,
  ...loginRoutes,
  ...setupRoutes,
  ...adminRoutes,
]

// msw tries the handlers in order, reading the request's cookies for each: the session, which
// every page asks for first, comes first.
export const routes: Route[] = [...portalRoutes, ...demoRoutes, ...scenarioRoutes]

export { demoRoutes }
