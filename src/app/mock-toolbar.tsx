import { useQueryClient } from '@tanstack/react-query'
import { Link, useNavigate } from 'react-router'
import { currentPortal, leavePortal, portalLabel } from '../../mocks/portal'
import { i18n, rich, useStore } from '../i18n'
import { api } from '../lib/api'

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
  const t = useStore(messages)
  const queryClient = useQueryClient()
  const navigate = useNavigate()
  const portal = currentPortal()
  async function reset() {
    if (!window.confirm(t.confirmReset)) return
    await api('resetDemo', {})
    queryClient.clear()
    navigate('/', { replace: true })
  }
  function leave() {
    leavePortal()
    window.location.assign(import.meta.env.BASE_URL)
  }
  return (
    <div className="toolbar">
      <div className="toolbar__inner">
        <span>{t.label}</span>
        <Link to="/mailbox">{t.mailbox}</Link>
        <Link to="/gallery">{t.gallery}</Link>
        <button type="button" className="link-button" onClick={reset}>
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
      </div>
    </div>
  )
}
