import { adminHandlers } from './admin'
import { loginHandlers } from './login'
import { mockHandlers } from './mock'
import { sessionHandlers } from './session'
import { setupHandlers } from './setup'

export const handlers = [
  ...loginHandlers,
  ...sessionHandlers,
  ...setupHandlers,
  ...adminHandlers,
  ...mockHandlers,
]
