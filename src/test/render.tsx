import { QueryClientProvider } from '@tanstack/react-query'
import { render } from '@testing-library/react'
import { createMemoryRouter, RouterProvider } from 'react-router'
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest'
import { resetDb } from '../../mocks/db'
import { server } from '../../mocks/node'
import { createQueryClient } from '../app/providers'
import { routes } from '../app/router'
import { startMock } from '../lib/api-ready'

/** The mock portal in Node (msw/node), fresh demo data for each test. */
export function withPortal() {
  beforeAll(() => {
    server.listen({ onUnhandledRequest: 'error' })
    startMock(async () => undefined)
  })
  beforeEach(() => resetDb())
  afterEach(() => server.resetHandlers())
  afterAll(() => server.close())
}

/** The whole app at `path`, with a fresh QueryClient, as a browser tab would show it. */
export function renderAt(path: string) {
  const queryClient = createQueryClient()
  const router = createMemoryRouter(routes(queryClient), { initialEntries: [path] })
  const view = render(
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  )
  return { ...view, router, queryClient }
}
