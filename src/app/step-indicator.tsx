const labels = ['Log in', 'Dashboard', 'New password', 'Password changed', 'Second step']

/** STEP1 … STEP5 of the guide; `current` 6 means all done. */
export function StepIndicator({ current }: { current: number }) {
  return (
    <nav aria-label="Initial setting progress">
      <ol className="steps">
        {labels.map((label, index) => {
          const step = index + 1
          const done = step < current
          return (
            <li
              key={label}
              className={done ? 'steps--done' : undefined}
              aria-current={step === current ? 'step' : undefined}
            >
              STEP{step}
              <span className="visually-hidden">
                {' '}
                {label}
                {done ? ' (done)' : ''}
              </span>
            </li>
          )
        })}
      </ol>
    </nav>
  )
}
