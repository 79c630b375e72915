import { mockEnabled } from './config'

let markReady: () => void = () => undefined
let markFailed: (error: unknown) => void = () => undefined

/** Resolves once API calls can go out: at once for a real backend, after the worker for the mock. */
export const apiReady: Promise<void> = mockEnabled
  ? new Promise((resolve, reject) => {
      markReady = resolve
      markFailed = reject
    })
  : Promise.resolve()

const startWorker = () => import('../../mocks/browser').then((m) => m.startMockPortal())

/** Starts the mock beside the first render; tests pass msw/node's own start instead. */
export function startMock(start: () => Promise<void> = startWorker): void {
  if (!mockEnabled) return
  start().then(markReady, markFailed)
}
