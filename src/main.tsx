import { StrictMode } from 'react'
import { createRoot, hydrateRoot } from 'react-dom/client'
import { App } from './app/app'
import { loadLocale, locale } from './i18n'
import { startMock } from './lib/api-ready'
import './styles.css'

// A page restored from the back/forward cache shows the session as it was when the user left it,
// even after a log-out since (and the mock portal's worker no longer answers it): load it afresh,
// so that the route guards ask the portal again.
window.addEventListener('pageshow', (event) => {
  if (event.persisted) window.location.reload()
})

const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root')
const app = (
  <StrictMode>
    <App />
  </StrictMode>
)
// The build prerenders the chooser into index.html (scripts/prerender.tsx); an inline script
// empties it on any other URL, so hydrate only what is there.
function render(into: HTMLElement) {
  if (into.hasChildNodes()) hydrateRoot(into, app)
  else createRoot(into).render(app)
}
// Japanese loads its catalog first, so no screen flashes English; English renders at once.
if (locale.get() === 'en') render(root)
else loadLocale().finally(() => render(root))
startMock()
