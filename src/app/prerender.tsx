import { QueryClientProvider } from '@tanstack/react-query'
import { StrictMode } from 'react'
import { renderToString } from 'react-dom/server'
import { createMemoryRouter, RouterProvider } from 'react-router'
import { createQueryClient } from './providers'
import { routes } from './router'

/** The login chooser as HTML, exactly as the app first renders it at `/` for a visitor. */
export function renderChooser(): string {
  const queryClient = createQueryClient()
  const router = createMemoryRouter(routes(queryClient), { initialEntries: ['/'] })
  return renderToString(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </StrictMode>,
  )
}
