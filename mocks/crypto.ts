const PBKDF2_ITERATIONS = 10_000
const encoder = new TextEncoder()

function toBase64(bytes: ArrayBuffer | Uint8Array): string {
  return btoa(String.fromCharCode(...new Uint8Array(bytes)))
}

export function randomId(bytes = 16): string {
  const buf = crypto.getRandomValues(new Uint8Array(bytes))
  return Array.from(buf, (b) => b.toString(16).padStart(2, '0')).join('')
}

export function randomDigits(count: number): string {
  const buf = crypto.getRandomValues(new Uint32Array(count))
  return Array.from(buf, (n) => String(n % 10)).join('')
}

async function pbkdf2(password: string, salt: Uint8Array, iterations: number): Promise<string> {
  const key = await crypto.subtle.importKey('raw', encoder.encode(password), 'PBKDF2', false, [
    'deriveBits',
  ])
  const bits = await crypto.subtle.deriveBits(
    { name: 'PBKDF2', hash: 'SHA-256', salt: salt as BufferSource, iterations },
    key,
    256,
  )
  return toBase64(bits)
}

/** Equal strings, compared in a time that does not depend on where they first differ. */
export function constantTimeEqual(a: string, b: string): boolean {
  const x = encoder.encode(a)
  const y = encoder.encode(b)
  let diff = x.length ^ y.length
  for (let i = 0; i < Math.max(x.length, y.length); i++) diff |= (x[i] ?? 0) ^ (y[i] ?? 0)
  return diff === 0
}

/** How passwords are hashed: PBKDF2 from Web Crypto in the browser, scrypt in the Node server. */
export type PasswordHasher = {
  hash(password: string): Promise<string>
  verify(password: string, stored: string): Promise<boolean>
}

/** Stored as `pbkdf2-sha256$iterations$salt$hash`. */
const pbkdf2Hasher: PasswordHasher = {
  async hash(password) {
    const salt = crypto.getRandomValues(new Uint8Array(16))
    const hash = await pbkdf2(password, salt, PBKDF2_ITERATIONS)
    return `pbkdf2-sha256$${PBKDF2_ITERATIONS}$${toBase64(salt)}$${hash}`
  },
  async verify(password, stored) {
    const [, iterations, salt, hash] = stored.split('$')
    if (!iterations || !salt || !hash) return false
    const saltBytes = Uint8Array.from(atob(salt), (c) => c.charCodeAt(0))
    return constantTimeEqual(await pbkdf2(password, saltBytes, Number(iterations)), hash)
  },
}

let hasher = pbkdf2Hasher

/** The server hashes with its own (scrypt); set once, before the first request. */
export function setPasswordHasher(next: PasswordHasher): void {
  hasher = next
  dummy = undefined
}

/** The hasher in use (the demo seed hashes its passwords once per hasher). */
export const passwordHasher = () => hasher
export const hashPassword = (password: string) => hasher.hash(password)
export const verifyPassword = (password: string, stored: string) => hasher.verify(password, stored)

let dummy: Promise<string> | undefined

/**
 * A hash no password matches, checked for a user ID no account has: the answer then takes as
 * long as for a real account with a wrong password.
 */
export function dummyHash(): Promise<string> {
  dummy ??= hashPassword(randomId())
  return dummy
}

export async function sha256(text: string): Promise<string> {
  return toBase64(await crypto.subtle.digest('SHA-256', encoder.encode(text)))
}
