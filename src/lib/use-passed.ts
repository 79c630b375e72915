import { useEffect, useState } from 'react'

/** Whether the moment `at` (epoch ms) has passed; turns true when it does. */
export function usePassed(at: number | undefined): boolean {
  const [now, setNow] = useState(Date.now)
  const passed = at !== undefined && at <= now
  useEffect(() => {
    if (at === undefined || passed) return
    const id = setTimeout(() => setNow(Date.now()), at - Date.now())
    return () => clearTimeout(id)
  }, [at, passed])
  return passed
}
