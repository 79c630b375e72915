import type { ComponentProps } from 'react'

/**
 * A TOTP secret as authenticator apps show it and take it typed: in groups of four, so it is read,
 * and wraps, a group at a time.
 */
export function TotpKey({ secret, ...props }: { secret: string } & ComponentProps<'code'>) {
  return <code {...props}>{secret.match(/.{1,4}/g)?.join(' ') ?? secret}</code>
}
