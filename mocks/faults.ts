import { storageOf } from './browser-store'
import { fail } from './http-error'
import { currentPortal } from './portal'

/**
 * Faults a portal can be told to have, for scenarios: every answer late (a slow network), one
 * endpoint failing with 500, or one endpoint's answer lost on the way back (the work is done, the
 * page gets a network error). Kept beside the portal's state (so a reload keeps them and "Reset
 * demo data" clears them) and applied by the mock server, never by the UI.
 */
export type Faults = {
  /** Every API answer waits this long. */
  delayMs?: number
  /** Endpoint paths (as in the contract) that answer 500 `server_error`. */
  serverErrorOn?: string[]
  /** Endpoint paths whose answer is lost after the portal has done the work. */
  answerLostOn?: string[]
}

function where() {
  const { storage, key } = storageOf(currentPortal())
  return { storage, key: `${key}.faults` }
}

export function readFaults(): Faults {
  const { storage, key } = where()
  try {
    return JSON.parse(storage.getItem(key) ?? '{}') as Faults
  } catch {
    return {}
  }
}

export function writeFaults(faults: Faults): void {
  const { storage, key } = where()
  if (!faults.delayMs && !faults.serverErrorOn?.length && !faults.answerLostOn?.length)
    storage.removeItem(key)
  else storage.setItem(key, JSON.stringify(faults))
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** Applies this portal's faults to a request for `path`; the mock's own endpoints have none. */
export async function injectFaults(path: string): Promise<void> {
  if (path.startsWith('/api/mock/')) return
  const faults = readFaults()
  if (faults.delayMs) await sleep(faults.delayMs)
  if (faults.serverErrorOn?.includes(path)) fail('server_error')
}

/** Whether this portal loses its answers to `path` (the work done, a network error sent). */
export function answerLost(path: string): boolean {
  return readFaults().answerLostOn?.includes(path) ?? false
}
