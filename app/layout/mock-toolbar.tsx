import { useQueryClient } from '@tanstack/react-query'
import { currentPortal, leavePortal, portalLabel } from '../../mocks/door'
import { Link, useLocalNavigate } from '../../src/components/Link'
import { i18n, localizePath, rich, useLocale, useMessages } from '../../src/i18n'
import { api } from '../../src/lib/api'
import { useHydrated } from '../../src/lib/use-hydrated'

const messages = i18n('mockToolbar', {
  label: 'Mock portal',
  mailbox: 'Mailbox',
  gallery: 'Screen gallery',
  reset: 'Reset demo data',
  confirmReset: 'Reset demo data? Every change, session and mail of the mock portal is lost.',
  scenario: 'Scenario portal: {name}',
  leave: 'Back to my portal',
})

/** Only in mock mode: the portal's outbox, the screen gallery and a way back to the seed. */
export function MockToolbar() {
  const t = useMessages(messages)
  const queryClient = useQueryClient()
  const navigate = useLocalNavigate()
  const locale = useLocale()
  // A browsing context's own portal is known in the browser only, once the page has hydrated.
  const ready = useHydrated()
  const portal = ready ? currentPortal() : null
  async function reset() {
    if (!window.confirm(t.confirmReset)) return
    await api('resetDemo', {})
    queryClient.clear()
    navigate('/', { replace: true })
  }
  function leave() {
    leavePortal()
    window.location.assign(localizePath(locale, '/'))
  }
  return (
    <div className="toolbar">
      {/* One row that scrolls sideways on a phone, and folds away to its name. */}
      <details className="toolbar__inner" open>
        <summary>{t.label}</summary>
        <Link to="/mailbox">{t.mailbox}</Link>
        <Link to="/gallery">{t.gallery}</Link>
        <button type="button" className="link-button" disabled={!ready} onClick={reset}>
          {t.reset}
        </button>
        {portal ? (
          <>
            <span>{rich(t.scenario, { name: <code>{portalLabel(portal) ?? portal}</code> })}</span>
            <button type="button" className="link-button" onClick={leave}>
              {t.leave}
            </button>
          </>
        ) : null}
      </details>
    </div>
  )
}
