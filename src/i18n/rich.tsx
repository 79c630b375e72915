import { Fragment, type ReactNode } from 'react'

/** A message whose `{name}` placeholders are elements (a link, a strong address) in place. */
export function rich(template: string, values: Record<string, ReactNode>): ReactNode {
  return template.split(/\{(\w+)\}/g).map((part, index) => (
    // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one message never reorder
    <Fragment key={index}>{index % 2 ? (values[part] ?? `{${part}}`) : part}</Fragment>
  ))
}
