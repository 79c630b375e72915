import { durations, policy } from '../src/contract/policy'

/**
 * otpauth builds its hash tables as it loads (a long task of its own on a slow phone): it loads
 * with the first code to make or check, not with the mock, so pages that never need one never
 * pay for it. A new secret needs no hash: otpauth's bare build, without them, makes it.
 */
const otpauth = () => import('otpauth')
const otpauthBare = () => import('otpauth/bare')

const { periodSeconds, acceptSteps, clockSkewSteps } = policy.totp

export const TOTP_ISSUER = 'Business Portal'

async function totpFor(secret: string, digits: number = policy.code.length) {
  const { Secret, TOTP } = await otpauth()
  return new TOTP({
    issuer: TOTP_ISSUER,
    algorithm: 'SHA1',
    digits,
    period: periodSeconds,
    secret: Secret.fromBase32(secret),
  })
}

export async function newSecret(): Promise<string> {
  const { Secret } = await otpauthBare()
  return new Secret({ size: 20 }).base32
}

export function otpauthUri(userId: string, secret: string): string {
  const label = `${encodeURIComponent(TOTP_ISSUER)}:${encodeURIComponent(userId)}`
  const issuer = encodeURIComponent(TOTP_ISSUER)
  return `otpauth://totp/${label}?secret=${secret}&issuer=${issuer}&algorithm=SHA1&digits=${policy.code.length}&period=${periodSeconds}`
}

export function timeStep(timestamp: number): number {
  return Math.floor(timestamp / durations.totpPeriod)
}

/** RFC 6238 code at a moment; the tests check it against the RFC's vectors. */
export async function totpCode(
  secret: string,
  timestamp: number,
  digits: number = policy.code.length,
): Promise<string> {
  return (await totpFor(secret, digits)).generate({ timestamp })
}

export type TotpCheck =
  | { result: 'ok'; step: number }
  | { result: 'reused' }
  | { result: 'skew'; skewSeconds: number }
  | { result: 'invalid' }

/** Accepts the steps around now once each; names a device clock that is off by a few steps. */
export async function checkTotp(
  secret: string,
  code: string,
  lastStep: number | null,
  now: number,
): Promise<TotpCheck> {
  const delta = (await totpFor(secret)).validate({
    token: code,
    timestamp: now,
    window: clockSkewSteps,
  })
  if (delta === null) return { result: 'invalid' }
  if (Math.abs(delta) > acceptSteps) return { result: 'skew', skewSeconds: delta * periodSeconds }
  const step = timeStep(now) + delta
  if (lastStep !== null && step <= lastStep) return { result: 'reused' }
  return { result: 'ok', step }
}
