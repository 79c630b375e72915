import { Fragment, type ReactNode } from 'react'
import { placeholders } from './catalog'
import { terms } from './terms'

/** `fill` with elements: a message whose placeholders are a link, a strong address, in place. */
export function rich(template: string, values: Record<string, ReactNode>): ReactNode {
  return placeholders(template, (name) => values[name] ?? `{${name}}`).map((part, index) => (
    // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one message never reorder
    <Fragment key={index}>{typeof part === 'string' ? terms(part) : part}</Fragment>
  ))
}
