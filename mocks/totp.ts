import { Secret, TOTP } from 'otpauth'

export const TOTP_PERIOD = 30
export const TOTP_ISSUER = 'Business Portal'
const ACCEPT_WINDOW = 1
const SKEW_WINDOW = 10

function totpFor(secret: string, digits = 6): TOTP {
  return new TOTP({
    issuer: TOTP_ISSUER,
    algorithm: 'SHA1',
    digits,
    period: TOTP_PERIOD,
    secret: Secret.fromBase32(secret),
  })
}

export function newSecret(): string {
  return new Secret({ size: 20 }).base32
}

export function otpauthUri(userId: string, secret: string): string {
  const label = `${encodeURIComponent(TOTP_ISSUER)}:${encodeURIComponent(userId)}`
  const issuer = encodeURIComponent(TOTP_ISSUER)
  return `otpauth://totp/${label}?secret=${secret}&issuer=${issuer}&algorithm=SHA1&digits=6&period=${TOTP_PERIOD}`
}

export function timeStep(timestamp: number): number {
  return Math.floor(timestamp / 1000 / TOTP_PERIOD)
}

/** RFC 6238 code at a moment; the tests check it against the RFC's vectors. */
export function totpCode(secret: string, timestamp: number, digits = 6): string {
  return totpFor(secret, digits).generate({ timestamp })
}

export type TotpCheck =
  | { result: 'ok'; step: number }
  | { result: 'reused' }
  | { result: 'skew'; skewSeconds: number }
  | { result: 'invalid' }

/** Accepts T−1..T+1 once each; names a device clock that is off by up to 10 steps. */
export function checkTotp(
  secret: string,
  code: string,
  lastStep: number | null,
  now: number,
): TotpCheck {
  const delta = totpFor(secret).validate({ token: code, timestamp: now, window: SKEW_WINDOW })
  if (delta === null) return { result: 'invalid' }
  if (Math.abs(delta) > ACCEPT_WINDOW) return { result: 'skew', skewSeconds: delta * TOTP_PERIOD }
  const step = timeStep(now) + delta
  if (lastStep !== null && step <= lastStep) return { result: 'reused' }
  return { result: 'ok', step }
}
