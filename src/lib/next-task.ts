type Scheduler = { yield?: () => Promise<void> }
const scheduler = () => (globalThis as { scheduler?: Scheduler }).scheduler

/** A macrotask boundary, so the browser can paint and answer input between two steps of work. */
export function nextTask(): Promise<void> {
  const s = scheduler()
  if (s?.yield) return s.yield()
  return new Promise((resolve) => setTimeout(resolve, 0))
}

/**
 * The same boundary where the browser offers `scheduler.yield`; elsewhere none (Node, whose
 * tests may fake the timers that `nextTask` falls back on).
 */
export async function yieldToPage(): Promise<void> {
  await scheduler()?.yield?.()
}
