import { queryOptions, useQuery } from '@tanstack/react-query'
import { api } from '../../../lib/api'

export const getUsers = () => api('adminUsers')

/** Every account of the portal, as a Portal Admin sees it. */
export const usersQuery = queryOptions({
  queryKey: ['admin', 'users'],
  queryFn: getUsers,
})

export const useUsers = () => useQuery(usersQuery)
