import type { SummaryItem } from './ErrorSummary'

type Errors = Partial<Record<string, { message?: unknown } | undefined>>

/** Field errors in screen order, then the server's refusal, for the error summary. */
export function summaryItems(
  errors: Errors,
  order: readonly string[],
  serverError?: string,
): SummaryItem[] {
  const items: SummaryItem[] = []
  for (const field of order) {
    const message = errors[field]?.message
    if (typeof message === 'string' && message) items.push({ field, message })
  }
  if (serverError) items.push({ message: serverError })
  return items
}
