import { useQueryClient } from '@tanstack/react-query'
import { Link, useNavigate } from 'react-router'
import { api } from '../lib/api'

/** Only in mock mode: the portal's outbox and a way back to the seeded accounts. */
export function MockToolbar() {
  const queryClient = useQueryClient()
  const navigate = useNavigate()
  async function reset() {
    if (
      !window.confirm('Reset demo data? Every change, session and mail of the mock portal is lost.')
    )
      return
    await api('resetDemo', {})
    queryClient.clear()
    navigate('/', { replace: true })
  }
  return (
    <div className="toolbar">
      <div className="toolbar__inner">
        <span>Mock portal</span>
        <Link to="/mailbox">Mailbox</Link>
        <button type="button" className="link-button" onClick={reset}>
          Reset demo data
        </button>
      </div>
    </div>
  )
}
