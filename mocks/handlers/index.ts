import { adminHandlers } from './admin'
import { loginHandlers } from './login'
import { mockHandlers } from './mock'
import { sessionHandlers } from './session'
import { setupHandlers } from './setup'

// msw tries the handlers in order, reading the request's cookies for each: the session, which
// every page asks for first, comes first.
export const handlers = [
  ...sessionHandlers,
  ...loginHandlers,
  ...setupHandlers,
  ...adminHandlers,
  ...mockHandlers,
]
