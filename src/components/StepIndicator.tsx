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
 * screen readers), the current one is marked and its name shown under the line. `current` 6
 * means all done.
 */
export function StepIndicator({ current }: { current: number }) {
  const t = useMessages(messages)
  const currentName = current <= 5 ? t[`step${current as 1 | 2 | 3 | 4 | 5}`] : null
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
              <span className="visually-hidden">
                {' '}
                {t[`step${step}`]}
                {done ? ` ${t.done}` : ''}
              </span>
            </li>
          )
        })}
      </ol>
      {currentName ? (
        <p className="steps__name" aria-hidden="true">
          {currentName}
        </p>
      ) : null}
    </nav>
  )
}
