import { useEffect, useState } from 'react'

/** "Resend code", usable once the 60-second cooldown has passed, with the wait shown. */
export function ResendCode({
  resendAt,
  pending,
  onResend,
}: {
  resendAt: number
  pending: boolean
  onResend: () => void
}) {
  const [now, setNow] = useState(() => Date.now())
  // A new code brings a new deadline: count from now, not from when the last wait ended.
  const [deadline, setDeadline] = useState(resendAt)
  if (deadline !== resendAt) {
    setDeadline(resendAt)
    setNow(Date.now())
  }
  const wait = Math.max(0, Math.ceil((resendAt - now) / 1000))
  useEffect(() => {
    if (wait === 0) return
    const id = setInterval(() => setNow(Date.now()), 1000)
    return () => clearInterval(id)
  }, [wait])
  return (
    <p className="button-row">
      <button
        type="button"
        className="button button--secondary"
        disabled={wait > 0 || pending}
        aria-describedby="resend-wait"
        onClick={onResend}
      >
        Resend code
      </button>
      <span id="resend-wait" role="timer" aria-live="off">
        {wait > 0
          ? `You can ask for a new code in ${wait} s.`
          : 'Did not get it? You can ask for a new code.'}
      </span>
    </p>
  )
}
