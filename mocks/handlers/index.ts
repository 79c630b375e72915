import { HttpResponse, http } from 'msw'
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
  // Any other address under /api is no endpoint: a documented 404, as a real portal answers.
  http.all('*/api/*', () =>
    HttpResponse.json({ code: 'not_found', message: 'Not found.' }, { status: 404 }),
  ),
]
