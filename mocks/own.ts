/**
 * A record's own entry for a key that came from outside (a user ID, a cookie, a path): never
 * something the record inherits, such as `__proto__` or `constructor`.
 */
export function own<T>(record: Record<string, T>, key: string | undefined): T | undefined {
  return key !== undefined && Object.hasOwn(record, key) ? record[key] : undefined
}
