import { queryOptions, useQuery } from '@tanstack/react-query'
import { api } from '../../../lib/api'

export const mailboxQuery = queryOptions({
  queryKey: ['mock', 'mailbox'],
  queryFn: () => api('mailbox'),
  refetchInterval: 5000,
})

export const useMailbox = () => useQuery(mailboxQuery)
