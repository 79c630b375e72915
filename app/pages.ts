/**
 * Every screen with a fixed address, in the order of the guide: `routes.ts` routes each, and
 * the build prerenders each in English (`/…`) and Japanese (`/ja/…`). Mock-only screens exist
 * only while the mock portal does; a `framed` screen's frame (its `handle.Frame`) stays while
 * its guard asks (`routes/framed.tsx`).
 */
export const pages = [
  { path: '/', file: 'routes/chooser.tsx' },
  { path: '/portal-admin', file: 'routes/portal-admin.tsx' },
  { path: '/login/one-step', file: 'routes/one-step.tsx' },
  { path: '/dashboard', file: 'routes/dashboard.tsx', framed: true },
  { path: '/setup/password', file: 'routes/password.tsx', framed: true },
  {
    path: '/setup/password/done/:method?',
    file: 'routes/password-done.tsx',
    framed: true,
    // A user's S4 names their method, so its HTML already shows their way on; a Portal
    // Admin's has none and chooses.
    addresses: ['/setup/password/done', '/setup/password/done/totp', '/setup/password/done/mail'],
  },
  { path: '/setup/totp', file: 'routes/totp.tsx', framed: true },
  { path: '/setup/mail', file: 'routes/mail.tsx', framed: true },
  { path: '/setup/complete', file: 'routes/complete.tsx', framed: true },
  { path: '/login', file: 'routes/two-step.tsx' },
  { path: '/login/verify', file: 'routes/verify.tsx', framed: true },
  { path: '/admin', file: 'routes/admin.tsx', framed: true },
  { path: '/mailbox', file: 'routes/mailbox.tsx', mockOnly: true },
  { path: '/gallery', file: 'routes/gallery.tsx', mockOnly: true },
] as const

export const mockEnabled = (env: Record<string, string | undefined>) => env.VITE_MOCK !== 'off'

/** The addresses the build writes as HTML: every page in both languages. */
export function prerenderedPaths(mock: boolean): string[] {
  return pages
    .filter((page) => mock || !('mockOnly' in page))
    .flatMap(addressesOf)
    .flatMap((path) => [path, path === '/' ? '/ja' : `/ja${path}`])
}

/** The addresses of a page in English. */
export function addressesOf(page: (typeof pages)[number]): readonly string[] {
  return 'addresses' in page ? page.addresses : [page.path]
}
