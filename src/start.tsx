import { QueryClientProvider } from '@tanstack/react-query'
import { type ReactNode, StrictMode, startTransition, useEffect } from 'react'
import { createRoot, hydrateRoot } from 'react-dom/client'
import { createBrowserRouter, RouterProvider } from 'react-router'
import { loadRouteModules, routerReady } from './app/boot'
import { createQueryClient } from './app/providers'
import { routes } from './app/router'
import { loadLocale, locale } from './i18n'
import { startMock } from './lib/api-ready'
import { loadContract } from './lib/contract'
import { nextTask } from './lib/next-task'

// A page restored from the back/forward cache shows the session as it was when the user left it,
// even after a log-out since (and the mock portal's worker no longer answers it): load it afresh,
// so that the route guards ask the portal again.
window.addEventListener('pageshow', (event) => {
  if (event.persisted) window.location.reload()
})

/** Once the app owns the page: the prerendered page's controls, inert until now, work. */
function Booted({ children }: { children: ReactNode }) {
  useEffect(() => {
    for (const el of document.querySelectorAll('[data-boot-disabled]')) {
      el.removeAttribute('disabled')
      el.removeAttribute('data-boot-disabled')
    }
  }, [])
  return children
}

/**
 * React Router reads sessionStorage as it starts (view transitions to restore). A page's first
 * use of it waits on the browser to open the storage: that wait is a step of its own.
 */
function openSessionStorage(): void {
  try {
    void sessionStorage.length
  } catch {
    // Storage refused (a sandboxed frame, say): React Router copes without it.
  }
}

/**
 * React Router writes its index into the history entry as it starts (`replaceState`). With a
 * write that changes nothing (same state, same URL) done first, in a step of its own (about 1 ms),
 * the router's start fell from 5–28 ms (median 17) to 4–18 ms (median 5) in six loads each of
 * the 1-step login here.
 */
function openHistory(): void {
  try {
    window.history.replaceState(window.history.state, '')
  } catch {
    // A state the browser cannot write back (it came from the browser, so it should not happen).
  }
}

const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root')

// No top-level await here: it would make the bundler split the app's start into many small chunks.
async function boot(root: HTMLElement): Promise<void> {
  const queryClient = createQueryClient()
  const routeList = routes(queryClient)
  // A prerendered page hydrates as it is: the current route's code first, so that the router
  // starts with it instead of showing the lazy route's fallback. Elsewhere the router loads the
  // route's code beside its guard.
  const hydrate = root.dataset.boot === 'hydrate' && root.hasChildNodes()
  // Forms and the first API call need zod and the contract: they load in steps of their own
  // first, not inside the evaluation of a screen's code.
  await loadContract()
  await nextTask()
  if (hydrate) await loadRouteModules(routeList, window.location)
  // Each step in a task of its own: none of them holds the main thread for long.
  await nextTask()
  openSessionStorage()
  await nextTask()
  openHistory()
  await nextTask()
  const router = createBrowserRouter(routeList)
  await nextTask()
  // Japanese loads its catalog first, so no screen flashes English; English renders at once.
  if (locale.get() !== 'en') await loadLocale().catch(() => undefined)
  const app = (
    <StrictMode>
      <Booted>
        <QueryClientProvider client={queryClient}>
          <RouterProvider router={router} />
        </QueryClientProvider>
      </Booted>
    </StrictMode>
  )

  // The build prerenders some screens (scripts/prerender.ts); an inline script empties #root on
  // any other URL. A screen without a guard is hydrated as it is. A guarded one's prerendered
  // shell (heading and form, no data) stays on screen while the guard asks for the session, and
  // the screen, or the redirect, then replaces it. In both cases React renders in a transition:
  // in small tasks, so the main thread stays free for input.
  if (hydrate && router.state.initialized) {
    startTransition(() => {
      hydrateRoot(root, app)
    })
  } else {
    await routerReady(router)
    startTransition(() => {
      createRoot(root).render(app)
    })
  }
  startMock()
}

void boot(root)
