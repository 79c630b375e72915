/** When this tab last heard from the portal: every answered call counts as activity, as on the server. */
let last = Date.now()
const listeners = new Set<() => void>()

export function markActivity(): void {
  last = Date.now()
  for (const listener of listeners) listener()
}

export function lastActivity(): number {
  return last
}

export function onActivity(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}
