import { setupServer } from 'msw/node'
import { routes } from './handlers'
import { mswHandlers } from './msw'

export const server = setupServer(...mswHandlers(routes))
export { resetDb } from './browser-store'
