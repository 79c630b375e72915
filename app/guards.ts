import { type ClientLoaderFunctionArgs, redirect } from 'react-router'
import { passwordSetNotRegistered, type Session, setupStep } from '../src/contract'
import { localeOf, localizePath } from '../src/i18n'
import { queryClient } from '../src/lib/query-client'
import { homeFor, sessionQuery, setupPath } from '../src/lib/session'

type Rule = (session: Session) => boolean

/**
 * A route's `clientLoader`: asks the portal for the session and lets it through when `rule`
 * holds; sends it to the chooser without one, and home otherwise, in the screen's language.
 */
export function guard(rule: Rule) {
  return async ({ request }: ClientLoaderFunctionArgs) => {
    const locale = localeOf(new URL(request.url).pathname)
    const session = await queryClient.fetchQuery(sessionQuery)
    if (!session) throw redirect(localizePath(locale, '/'))
    if (!rule(session)) throw redirect(localizePath(locale, homeFor(session)))
    return null
  }
}

const inSetup = (s: Session) => s.stage === 'setup'

export const rules = {
  challenge: (s: Session) => s.stage === 'challenge',
  dashboard: (s: Session) => s.stage === 'full' || (inSetup(s) && setupStep(s.user) === 'password'),
  setupStep: (path: string) => (s: Session) => inSetup(s) && setupPath(s.user) === path,
  passwordDone: (s: Session) => inSetup(s) && passwordSetNotRegistered(s.user),
  admin: (s: Session) => s.stage === 'full' && s.user.role === 'admin',
} satisfies Record<string, Rule | ((path: string) => Rule)>
