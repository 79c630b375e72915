import { i18n, useMessages } from '../i18n'

const messages = i18n('steps', {
  name: 'Initial setting progress',
  step1: 'Log in',
  step2: 'Dashboard',
  step3: 'New password',
  step4: 'Password changed',
  step5: 'Second step',
  done: '(done)',
})

const steps = [1, 2, 3, 4, 5] as const

/**
 * STEP1 … STEP5 of the guide, on one line at any width: done steps carry a tick (and "done" for
 * screen readers), the current one is marked. On a wide screen each step's name stands under it,
 * the whole way at a glance; on a narrow one the names are for screen readers only, and the
 * screen's heading says where the user is. `current` 6 means all done.
 */
export function StepIndicator({ current }: { current: number }) {
  const t = useMessages(messages)
  return (
    <nav aria-label={t.name} className="steps">
      <ol className="steps__list">
        {steps.map((step) => {
          const done = step < current
          return (
            <li
              key={step}
              className={`steps__step${done ? ' steps__step--done' : ''}`}
              aria-current={step === current ? 'step' : undefined}
            >
              STEP{step}
              <span className="steps__label"> {t[`step${step}`]}</span>
              {done ? <span className="visually-hidden"> {t.done}</span> : null}
            </li>
          )
        })}
      </ol>
    </nav>
  )
}
