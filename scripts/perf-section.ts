import { existsSync, readFileSync } from 'node:fs'

/** docs/perf.md holds the bench's report (the page) and sections the bench keeps as they are. */
export const SERVER_LOAD = '## Server load (`npm run load`)'
/** Written by hand: each performance mechanism's A/B runs, against their spread. */
export const MECHANISMS = '## Mechanisms, measured'

/** The section under `heading` (to the next `## ` heading or the end), or undefined. */
export function sectionOf(file: string, heading: string): string | undefined {
  if (!existsSync(file)) return undefined
  const text = readFileSync(file, 'utf8')
  const start = text.indexOf(heading)
  if (start < 0) return undefined
  const end = text.indexOf('\n## ', start + heading.length)
  return text.slice(start + heading.length, end < 0 ? undefined : end).trim()
}

/** `text` with the section under `heading` replaced by `body`, or `body` added at the end. */
export function withSection(text: string, heading: string, body: string): string {
  const start = text.indexOf(heading)
  const section = `${heading}\n\n${body.trim()}\n`
  if (start < 0) return `${text.trimEnd()}\n\n${section}`
  const end = text.indexOf('\n## ', start + heading.length)
  return `${text.slice(0, start)}${section}${end < 0 ? '' : text.slice(end)}`
}
