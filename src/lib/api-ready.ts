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

export function startMock(): void {
  if (!mockEnabled) return
  import('../../mocks/browser').then((m) => m.startMockPortal()).then(markReady, markFailed)
}
