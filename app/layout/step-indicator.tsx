import { i18n, useMessages } from '../../src/i18n'

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

/** STEP1 … STEP5 of the guide; `current` 6 means all done. */
export function StepIndicator({ current }: { current: number }) {
  const t = useMessages(messages)
  return (
    <nav aria-label={t.name}>
      <ol className="steps">
        {steps.map((step) => {
          const done = step < current
          return (
            <li
              key={step}
              className={done ? 'steps--done' : undefined}
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
    </nav>
  )
}
