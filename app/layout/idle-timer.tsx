import { useQueryClient } from '@tanstack/react-query'
import { useEffect, useRef, useState } from 'react'
import { useLocalNavigate } from '../../src/components/Link'
import type { Session } from '../../src/contract'
import { durations } from '../../src/contract/policy'
import { i18n, useMessages } from '../../src/i18n'
import { lastActivity, onActivity } from '../../src/lib/activity'
import { api } from '../../src/lib/api'
import { endedHere, endedSince, getSession, putSession } from '../../src/lib/session'

const messages = i18n('idle', {
  title: 'You will be logged out soon',
  before:
    'You have not done anything for a while. To protect your account, you will be logged out in',
  after: '.',
  minutesLeft: 'About {warningMinutes} minutes left',
  underMinute: 'Less than a minute left',
  stay: 'Stay logged in',
  timer: 'Time left before you are logged out',
})

/**
 * When the session ends: the idle limit counted from the last activity this page saw (the
 * portal hears of it with the next request), never past the session's absolute end.
 */
export function deadlineOf(session: Session, activity: number = lastActivity()): number {
  return Math.min(session.expiresAt, Math.max(session.idleExpiresAt, activity + durations.idle))
}

type Zone = 'calm' | 'warning' | 'end'

/** How long the timer waits for the portal's answer before its own count decides. */
const ASK_TIMEOUT_MS = 10_000

function zoneOf(deadline: number, now: number): Zone {
  if (now >= deadline) return 'end'
  return deadline - now <= durations.idleWarning ? 'warning' : 'calm'
}

/**
 * Warns shortly before the idle limit (both in the policy); at the limit, back to the chooser.
 * Before either, the portal is asked (which is not activity): another tab of this browser may
 * have kept the session, and then the deadline moves instead.
 */
export function IdleTimer({ session }: { session: Session }) {
  const t = useMessages(messages)
  const queryClient = useQueryClient()
  const navigate = useLocalNavigate()
  const [deadline, setDeadline] = useState(() => deadlineOf(session))
  const [now, setNow] = useState(() => Date.now())
  const zone = zoneOf(deadline, now)
  const moment = `${zone}@${deadline}`
  const [confirmed, setConfirmed] = useState('')
  const warning = zone === 'warning' && confirmed === moment
  const dialog = useRef<HTMLDialogElement>(null)

  useEffect(() => {
    setDeadline(deadlineOf(session))
    return onActivity(() => setDeadline(deadlineOf(session)))
  }, [session])

  useEffect(() => {
    const id = setInterval(() => setNow(Date.now()), 1000)
    return () => clearInterval(id)
  }, [])

  useEffect(() => {
    if (zone === 'calm' || confirmed === moment) return
    let current = true
    const ended = endedHere()
    const end = (reason: 'idle' | 'logout' | 'session' | undefined) =>
      putSession(queryClient, null).then(() =>
        navigate(reason ? `/?ended=${reason}` : '/', { replace: true }),
      )
    const answered = (fresh: Session | null | undefined) => {
      if (!current) return
      current = false
      clearTimeout(timeout)
      if (fresh === null) {
        const why = endedSince(ended)
        return end(why === 'session' ? (zone === 'end' ? 'idle' : 'session') : why)
      }
      if (fresh && deadlineOf(fresh) > deadline) return putSession(queryClient, fresh)
      if (zone === 'end') return end('idle')
      setConfirmed(moment)
    }
    // without an answer in time, this tab's own count decides
    const timeout = setTimeout(() => answered(undefined), ASK_TIMEOUT_MS)
    void getSession().then(answered, () => answered(undefined))
    return () => {
      current = false
      clearTimeout(timeout)
    }
  }, [zone, moment, confirmed, deadline, queryClient, navigate])

  useEffect(() => {
    const el = dialog.current
    if (warning && el && !el.open) el.showModal()
    if (!warning && el?.open) el.close()
  }, [warning])

  async function stay() {
    const fresh = await api('keepAlive', {}).catch(() => null)
    if (fresh) await putSession(queryClient, fresh)
    setNow(Date.now())
  }

  const seconds = Math.max(0, Math.ceil((deadline - now) / 1000))
  const left = `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`
  return (
    <dialog ref={dialog} aria-labelledby="idle-title" aria-describedby="idle-text">
      <h2 id="idle-title">{t.title}</h2>
      <p id="idle-text">
        {t.before}{' '}
        <span role="timer" aria-live="off" aria-label={t.timer}>
          {left}
        </span>
        {t.after}
      </p>
      {warning ? (
        <p className="visually-hidden" aria-live="polite">
          {seconds > 60 ? t.minutesLeft : seconds > 0 ? t.underMinute : ''}
        </p>
      ) : null}
      <div className="button-row">
        <button type="button" className="button" onClick={stay}>
          {t.stay}
        </button>
      </div>
    </dialog>
  )
}
