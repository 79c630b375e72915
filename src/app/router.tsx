import type { QueryClient } from '@tanstack/react-query'
import { createBrowserRouter, type RouteObject } from 'react-router'
import { mockEnabled } from '../lib/config'
import { guard, rules } from './guards'
import { Layout, type RouteHandle } from './layout'
import { RouteError } from './route-error'

/** The chooser renders at once; nothing to show while a guarded route's loader runs. */
function HydrateFallback() {
  return null
}

type Page = { default: React.ComponentType }
const page = (load: () => Promise<Page>) => async () => ({ Component: (await load()).default })

export function routes(queryClient: QueryClient): RouteObject[] {
  const only = (rule: Parameters<typeof guard>[1]) => guard(queryClient, rule)
  const step = (n: number, extra: RouteHandle = {}): RouteHandle => ({ step: n, ...extra })
  return [
    {
      path: '/',
      Component: Layout,
      HydrateFallback,
      ErrorBoundary: RouteError,
      children: [
        {
          // Lazy too: src/start.tsx loads the current route before it hydrates the prerendered page.
          index: true,
          lazy: async () => ({
            Component: (await import('../features/login/components/chooser-page')).ChooserPage,
          }),
        },
        {
          path: 'login/one-step',
          handle: step(1),
          lazy: page(() => import('../features/login/components/one-step-page')),
        },
        { path: 'login', lazy: page(() => import('../features/login/components/two-step-page')) },
        {
          path: 'login/verify',
          loader: only(rules.challenge),
          lazy: page(() => import('../features/login/components/verify-page')),
        },
        {
          path: 'dashboard',
          handle: step(2, { stepOnlyInSetup: true }),
          loader: only(rules.dashboard),
          lazy: page(() => import('../features/dashboard/components/dashboard-page')),
        },
        {
          path: 'setup/password',
          handle: step(3),
          loader: only(rules.setupStep('/setup/password')),
          lazy: page(() => import('../features/setup/components/password-page')),
        },
        {
          path: 'setup/password/done',
          handle: step(4),
          loader: only(rules.passwordDone),
          lazy: page(() => import('../features/setup/components/password-done-page')),
        },
        {
          path: 'setup/totp',
          handle: step(5),
          loader: only(rules.setupStep('/setup/totp')),
          lazy: page(() => import('../features/setup/components/totp-page')),
        },
        {
          path: 'setup/mail',
          handle: step(5),
          loader: only(rules.setupStep('/setup/mail')),
          lazy: page(() => import('../features/setup/components/mail-page')),
        },
        {
          path: 'setup/complete',
          handle: step(6),
          lazy: page(() => import('../features/setup/components/complete-page')),
        },
        {
          path: 'admin',
          loader: only(rules.admin),
          lazy: page(() => import('../features/admin/components/users-page')),
        },
        ...(mockEnabled
          ? [
              {
                path: 'mailbox',
                lazy: page(() => import('../features/mailbox/components/mailbox-page')),
              },
              {
                path: 'gallery',
                lazy: page(() => import('../features/gallery/components/gallery-page')),
              },
              {
                path: 'scenario/:name',
                lazy: async () => {
                  const m = await import('../features/gallery/components/scenario-route')
                  return { loader: m.scenarioLoader(queryClient), Component: m.ScenarioRoute }
                },
              },
            ]
          : []),
        { path: '*', lazy: page(() => import('./not-found-page')) },
      ],
    },
  ]
}

export function createRouter(queryClient: QueryClient) {
  return createBrowserRouter(routes(queryClient))
}
