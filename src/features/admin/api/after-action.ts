import { type QueryClient, useQueryClient } from '@tanstack/react-query'
import type { AdminUser } from '../../../contract'
import { auditQuery } from './get-audit'
import { usersQuery } from './get-users'

/** The changed user shows at once; the list and the audit are then read again from the server. */
function refresh(queryClient: QueryClient, changed: AdminUser): Promise<void> {
  queryClient.setQueryData(usersQuery.queryKey, (list) =>
    list ? { users: list.users.map((u) => (u.userId === changed.userId ? changed : u)) } : list,
  )
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: usersQuery.queryKey }),
    queryClient.invalidateQueries({ queryKey: auditQuery.queryKey }),
  ]).then(() => undefined)
}

export function useAfterAction() {
  const queryClient = useQueryClient()
  return (changed: AdminUser) => refresh(queryClient, changed)
}

export function useRefreshOnError() {
  const queryClient = useQueryClient()
  return () => queryClient.invalidateQueries({ queryKey: usersQuery.queryKey })
}
