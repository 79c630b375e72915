import { QueryClientProvider } from '@tanstack/react-query'
import type { ReactNode } from 'react'
import { Links, Meta, Outlet, Scripts, ScrollRestoration, useLocation } from 'react-router'
import { LocaleProvider, localeOf } from '../src/i18n'
import { goToPreferredLanguage, STORAGE_KEY } from '../src/i18n/locale'
import { queryClient } from '../src/lib/query-client'
import { HydratedProvider } from '../src/lib/use-hydrated'
import styles from '../src/styles.css?url'
import { RouteError } from './layout/route-error'
import { Shell } from './layout/shell'

// Before the first paint: a page in the other language than the user's goes to its twin.
const languageScript = `(${goToPreferredLanguage})(${JSON.stringify(STORAGE_KEY)})`

export function Layout({ children }: { children: ReactNode }) {
  const { pathname } = useLocation()
  return (
    <html lang={localeOf(pathname)}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta
          name="description"
          content="Business Portal: move from the 1-step login to 2-step verification."
        />
        <meta name="theme-color" content="#0f2f5c" />
        {/* A stylesheet with a precedence comes first in the head, before the scripts' preloads */}
        <link rel="stylesheet" href={styles} precedence="default" />
        <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
        <script
          // biome-ignore lint/security/noDangerouslySetInnerHtml: our own code, inlined
          dangerouslySetInnerHTML={{ __html: languageScript }}
          suppressHydrationWarning
        />
        <Meta />
        <Links />
      </head>
      <body>
        <LocaleProvider pathname={pathname}>
          <HydratedProvider>{children}</HydratedProvider>
        </LocaleProvider>
        <ScrollRestoration />
        <Scripts />
      </body>
    </html>
  )
}

export default function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <Shell>
        <Outlet />
      </Shell>
    </QueryClientProvider>
  )
}

export function ErrorBoundary() {
  return <RouteError />
}

/** The SPA fallback's page (addresses not prerendered: scenarios, mistyped ones): blank until the app renders. */
export function HydrateFallback() {
  return null
}
