/**
 * Every screen with a fixed address, in the order of the guide: `routes.ts` routes each, and
 * the build prerenders each in English (`/…`) and Japanese (`/ja/…`). Mock-only screens exist
 * only while the mock portal does.
 */
export const pages = [
  { path: '/', file: 'routes/chooser.tsx' },
  { path: '/portal-admin', file: 'routes/portal-admin.tsx' },
  { path: '/login/one-step', file: 'routes/one-step.tsx' },
  { path: '/dashboard', file: 'routes/dashboard.tsx' },
  { path: '/setup/password', file: 'routes/password.tsx' },
  { path: '/setup/password/done', file: 'routes/password-done.tsx' },
  { path: '/setup/totp', file: 'routes/totp.tsx' },
  { path: '/setup/mail', file: 'routes/mail.tsx' },
  { path: '/setup/complete', file: 'routes/complete.tsx' },
  { path: '/login', file: 'routes/two-step.tsx' },
  { path: '/login/verify', file: 'routes/verify.tsx' },
  { path: '/admin', file: 'routes/admin.tsx' },
  { path: '/mailbox', file: 'routes/mailbox.tsx', mockOnly: true },
  { path: '/gallery', file: 'routes/gallery.tsx', mockOnly: true },
] as const

export const mockEnabled = (env: Record<string, string | undefined>) => env.VITE_MOCK !== 'off'

/** The addresses the build writes as HTML: every page in both languages. */
export function prerenderedPaths(mock: boolean): string[] {
  return pages
    .filter((page) => mock || !('mockOnly' in page))
    .flatMap((page) => [page.path, page.path === '/' ? '/ja' : `/ja${page.path}`])
}
