import { QueryClientProvider } from '@tanstack/react-query'
import { StrictMode } from 'react'
import { renderToString } from 'react-dom/server'
import { createMemoryRouter, RouterProvider } from 'react-router'
import { pageTitle } from '../components/page-title'
import { app } from '../i18n'
import { loadRouteModules } from './boot'
import { createQueryClient } from './providers'
import { routes } from './router'

export type Prerendered = {
  html: string
  /**
   * `hydrate`: exactly what the app first renders at this path for anyone, so it is hydrated.
   * `replace`: a guarded screen's shell as a visitor without data sees it (heading, form, no
   * session): shown until the guard has answered, then replaced by the app's render.
   */
  boot: 'hydrate' | 'replace'
  /** The document title the screen sets itself, as HTML, so the page has it before any script. */
  title: string
}

/** The screen at `path` as HTML, as the app first renders it for a visitor. */
export async function renderPage(path: string): Promise<Prerendered> {
  const queryClient = createQueryClient()
  const list = routes(queryClient)
  const matched = await loadRouteModules(list, path)
  let boot: Prerendered['boot'] = 'hydrate'
  for (const route of matched) {
    if (!route.loader) continue
    boot = 'replace'
    route.loader = undefined
  }
  const router = createMemoryRouter(list, { initialEntries: [path] })
  const html = renderToString(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </StrictMode>,
  )
  const heading = /<h1[^>]*>([^<]+)<\/h1>/.exec(html)?.[1]
  if (!heading) throw new Error(`${path} renders no h1`)
  // The heading comes escaped from React; the product name is escaped here.
  const product = app.get().name.replace(/&/g, '&amp;').replace(/</g, '&lt;')
  return { html, boot, title: pageTitle(heading, product) }
}
