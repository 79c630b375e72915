import { mockEnabled } from './config'
import { nextTask } from './next-task'

type Start = () => Promise<void>

// A task of its own: the first API call is often made while React runs a screen's effects, and
// importing the mock's code adds a preload link per chunk (a millisecond or more each).
const startWorker: Start = () =>
  nextTask()
    .then(() => import('../../mocks/browser'))
    .then((m) => m.startMockPortal())

let start: Start = startWorker
let ready: Promise<void> | undefined

/**
 * Resolves once API calls can go out: at once for a real backend; for the mock, once its worker
 * runs. The mock starts on the first call that needs it (or when `startMock` schedules it),
 * never before: its code is not on the way to the first paint.
 */
export function whenApiReady(): Promise<void> {
  if (!mockEnabled) return Promise.resolve()
  ready ??= start()
  return ready
}

/** `await apiReady` waits as `whenApiReady()` does (and starts the mock if it has not started). */
export const apiReady: PromiseLike<void> = {
  // biome-ignore lint/suspicious/noThenProperty: a lazy thenable on purpose
  then: (onResolved, onRejected) => whenApiReady().then(onResolved, onRejected),
}

/**
 * Starts the mock once the page is idle after its first paint, so that it is usually ready
 * before the first API call; tests pass msw/node's own start instead (it then runs at once).
 */
export function startMock(custom?: Start): void {
  if (!mockEnabled) return
  if (custom) {
    start = custom
    ready = undefined
    void whenApiReady()
    return
  }
  const idle =
    typeof requestIdleCallback === 'function'
      ? (run: () => void) => requestIdleCallback(run, { timeout: 2000 })
      : (run: () => void) => setTimeout(run, 1)
  idle(() => void whenApiReady().catch(() => undefined))
}
