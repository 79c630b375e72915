import { QueryClient } from '@tanstack/react-query'

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { retry: false, refetchOnWindowFocus: true },
      mutations: { retry: false },
    },
  })
}

/**
 * The page's one client: route guards (`clientLoader`) read the session into it before a screen
 * renders, and the screens read it back. The prerender never fetches.
 */
export const queryClient = createQueryClient()
