/** When this tab last heard from the portal: every answered call counts as activity, as on the server;
 * a page just loaded has heard nothing yet (the session itself says when it idles out). */
let last = 0
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
