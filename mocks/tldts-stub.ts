/**
 * Stands in for `tldts` in the browser build (vite.config.ts; decision 0016): msw's cookie store (tough-cookie)
 * imports only `getDomain`, to list the parent domains a cookie may belong to, and the real
 * one carries the whole public-suffix list (~145 KB gz, 57% of the mock's chunk).
 *
 * The mock portal sets only host-only cookies (`bp_session`, no Domain attribute) on the page's
 * own origin, so no public-suffix knowledge is needed: this answers the last two labels, never
 * longer than the real registrable domain, so tough-cookie looks at a superset of the parent
 * domains it would look at; its own domain matching then keeps only the cookies that apply.
 * IP addresses and single labels have no registrable domain, as with tldts.
 */
const IPV4 = /^\d{1,3}(\.\d{1,3}){3}$/

export function getDomain(hostname: string, _options?: unknown): string | null {
  const host = hostname.replace(/\.$/, '').toLowerCase()
  if (!host || IPV4.test(host) || host.includes(':') || host.startsWith('[')) return null
  const labels = host.split('.')
  if (labels.length < 2) return null
  return labels.slice(-2).join('.')
}
