import type { ScenarioStep } from '../../../contract/scenario'

const TIMEOUT_MS = 20_000

/** Resolves with what `find` finds once the page shows it. */
function waitFor<T>(find: () => T | null | undefined, what: string): Promise<T> {
  return new Promise((resolve, reject) => {
    const started = Date.now()
    const look = () => {
      const found = find()
      if (found) return resolve(found)
      if (Date.now() - started > TIMEOUT_MS) return reject(new Error(`scenario: no ${what}`))
      setTimeout(look, 50)
    }
    look()
  })
}

/** Types into an input the way a user does, so React and the form library see the change. */
function type(input: HTMLInputElement, value: string): void {
  const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set
  setter?.call(input, value)
  input.dispatchEvent(new Event('input', { bubbles: true }))
  input.dispatchEvent(new Event('change', { bubbles: true }))
}

/**
 * The scenario's actions on the page it opened: fill a field (by its form name, the same in
 * every language) and submit the form, as a user would, once the screen shows them.
 */
export async function runSteps(steps: readonly ScenarioStep[]): Promise<void> {
  let form: HTMLFormElement | null = null
  for (const step of steps) {
    if ('click' in step) {
      const target = await waitFor(
        () => document.querySelector<HTMLElement>(`${step.click}:not([disabled])`),
        step.click,
      )
      target.click()
    } else if ('fill' in step) {
      const selector = `main input[name="${CSS.escape(step.fill)}"]:not([disabled])`
      const input = await waitFor(
        () => document.querySelector<HTMLInputElement>(selector),
        selector,
      )
      type(input, step.value)
      form = input.form
    } else {
      const target = form ?? (await waitFor(() => document.querySelector('main form'), 'form'))
      const button = await waitFor(
        () => target.querySelector<HTMLButtonElement>('button[type="submit"]:not([disabled])'),
        'submit button',
      )
      button.click()
    }
  }
}
