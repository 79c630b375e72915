import type { QueryClient } from '@tanstack/react-query'
import { redirect } from 'react-router'
import type { Session } from '../contract'
import { homeFor, sessionQuery, setupPath } from '../lib/session'

type Rule = (session: Session) => boolean

/** A loader that lets a session through when `rule` holds and sends it home otherwise. */
export function guard(queryClient: QueryClient, rule: Rule) {
  return async () => {
    const session = await queryClient.fetchQuery(sessionQuery)
    if (!session) throw redirect('/')
    if (!rule(session)) throw redirect(homeFor(session))
    return null
  }
}

const inSetup = (s: Session) => s.stage === 'setup'

export const rules = {
  challenge: (s: Session) => s.stage === 'challenge',
  dashboard: (s: Session) => s.stage === 'full' || (inSetup(s) && !s.user.passwordChanged),
  setupStep: (path: string) => (s: Session) => inSetup(s) && setupPath(s.user) === path,
  passwordDone: (s: Session) => inSetup(s) && s.user.passwordChanged && !s.user.registered,
  admin: (s: Session) => s.stage === 'full' && s.user.role === 'admin',
} satisfies Record<string, Rule | ((path: string) => Rule)>
