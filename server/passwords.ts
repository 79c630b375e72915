import { randomBytes, type ScryptOptions, scrypt, timingSafeEqual } from 'node:crypto'
import type { PasswordHasher } from '../mocks/crypto'

/** scrypt's interactive-login cost (N = 2^14, r = 8, p = 1); kept in each hash, so it can rise. */
const COST = { N: 2 ** 14, r: 8, p: 1 }
const KEY_LENGTH = 32

function derive(password: string, salt: Buffer, options: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scrypt(
      password.normalize('NFC'),
      salt,
      KEY_LENGTH,
      { ...options, maxmem: 256 * 2 ** 20 },
      (e, key) => (e ? reject(e) : resolve(key)),
    ),
  )
}

/** Node's own scrypt, off the event loop; stored as `scrypt$N$r$p$salt$hash` (base64). */
export const scryptHasher: PasswordHasher = {
  async hash(password) {
    const salt = randomBytes(16)
    const key = await derive(password, salt, COST)
    return ['scrypt', COST.N, COST.r, COST.p, salt.toString('base64'), key.toString('base64')].join(
      '$',
    )
  },
  async verify(password, stored) {
    const [scheme, N, r, p, salt, hash] = stored.split('$')
    if (scheme !== 'scrypt' || !salt || !hash) return false
    const expected = Buffer.from(hash, 'base64')
    const key = await derive(password, Buffer.from(salt, 'base64'), {
      N: Number(N),
      r: Number(r),
      p: Number(p),
    })
    return key.length === expected.length && timingSafeEqual(key, expected)
  },
}
