import { StrictMode, startTransition } from 'react'
import { hydrateRoot } from 'react-dom/client'
import { HydratedRouter } from 'react-router/dom'
import { loadLocale, localeOf } from '../src/i18n'
import { callsStartWith } from '../src/lib/api'
import { mockEnabled } from '../src/lib/config'

// The mock portal starts with the first API call, never before the page: calls wait for its worker.
if (mockEnabled) callsStartWith(() => import('../mocks/browser').then((mock) => mock.start()))

// A page restored from the back/forward cache shows the session as it was when the user left;
// loaded afresh, its route guards ask the portal again.
window.addEventListener('pageshow', (event) => {
  if (event.persisted) window.location.reload()
})

void loadLocale(localeOf(window.location.pathname)).then(() =>
  startTransition(() => {
    hydrateRoot(
      document,
      <StrictMode>
        <HydratedRouter />
      </StrictMode>,
    )
  }),
)
