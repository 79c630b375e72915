/**
 * Which mock portal a request belongs to. The shared portal (no name) plays the real server: every
 * tab of the browser sees it. A scenario gets a portal of its own, named by the browsing context
 * (`window.name`, which a tab or an iframe keeps across reloads and navigations), so a scenario
 * never touches the user's own demo data and two iframes of two scenarios share nothing: each
 * has its own stored state and its own session cookie.
 */
export const PORTAL_PREFIX = 'bp2s.portal:'

const ID = /^[a-z0-9-]{1,40}\.[a-z0-9]{4,12}$/

export function isPortalId(id: string): boolean {
  return ID.test(id)
}

/** The portal of this browsing context, or null for the shared one. */
export function currentPortal(): string | null {
  if (typeof window === 'undefined') return null
  const name = window.name ?? ''
  if (!name.startsWith(PORTAL_PREFIX)) return null
  const id = name.slice(PORTAL_PREFIX.length)
  return isPortalId(id) ? id : null
}

/** A new portal id, readable in storage and cookies: `<label>.<random>`. */
export function newPortalId(label: string): string {
  const clean =
    label
      .toLowerCase()
      .replace(/[^a-z0-9-]/g, '')
      .slice(0, 40) || 'portal'
  const random = Array.from(crypto.getRandomValues(new Uint8Array(4)), (b) =>
    b.toString(36).padStart(2, '0'),
  )
    .join('')
    .slice(0, 8)
  return `${clean}.${random}`
}

/** Makes this browsing context a portal of its own (kept if it already is one). */
export function enterPortal(label: string): string {
  const id = currentPortal() ?? newPortalId(label)
  window.name = PORTAL_PREFIX + id
  return id
}

/** Back to the shared portal. */
export function leavePortal(): void {
  window.name = ''
}

const LABEL = 'bp2s.portal.scenario:'

/** Remembers which scenario this portal was last opened for (the toolbar shows it). */
export function labelPortal(id: string, scenario: string): void {
  try {
    sessionStorage.setItem(LABEL + id, scenario)
  } catch {
    // no storage: no label
  }
}

export function portalLabel(id: string): string | null {
  try {
    return sessionStorage.getItem(LABEL + id)
  } catch {
    return null
  }
}
