import { queryOptions, useQuery } from '@tanstack/react-query'
import { api } from '../../../lib/api'

export const getAudit = () => api('adminAudit')

/** What Portal Admins did to whom and when, newest first. */
export const auditQuery = queryOptions({
  queryKey: ['admin', 'audit'],
  queryFn: getAudit,
})

export const useAudit = () => useQuery(auditQuery)
