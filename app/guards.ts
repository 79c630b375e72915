import { type ClientLoaderFunctionArgs, type Params, redirect } from 'react-router'
import { passwordSetNotRegistered, type Session, setupStep } from '../src/contract'
import { localeOf, localizePath } from '../src/i18n'
import { queryClient } from '../src/lib/query-client'
import {
  endedHere,
  endedSince,
  homeFor,
  passwordDoneMethod,
  sessionQuery,
  setupPath,
} from '../src/lib/session'

type Rule = (session: Session, params: Params) => boolean

/**
 * A route's `clientLoader`: asks the portal for the session and lets it through when `rule`
 * holds (the session it let in is the route's loader data); sends it home otherwise, in the
 * screen's language. Without a session: to the chooser, which says why when this browser knows:
 * it logged out (in another tab), or the portal ended the session it had (a Portal Admin's switch
 * or reset, a password change in another browser).
 */
export function guard(rule: Rule) {
  return async ({ request, params }: ClientLoaderFunctionArgs) => {
    const locale = localeOf(new URL(request.url).pathname)
    const ended = endedHere()
    const session = await queryClient.fetchQuery(sessionQuery)
    if (!session) {
      const why = endedSince(ended)
      throw redirect(localizePath(locale, why ? `/?ended=${why}` : '/'))
    }
    if (!rule(session, params)) throw redirect(localizePath(locale, homeFor(session)))
    return session
  }
}

const inSetup = (s: Session) => s.stage === 'setup'

export const rules = {
  challenge: (s: Session) => s.stage === 'challenge',
  dashboard: (s: Session) => s.stage === 'full' || (inSetup(s) && setupStep(s.user) === 'password'),
  setupStep: (path: string) => (s: Session) => inSetup(s) && setupPath(s.user) === path,
  passwordDone: (s: Session, { method }: Params) =>
    inSetup(s) && passwordSetNotRegistered(s.user) && passwordDoneMethod(s.user) === method,
  admin: (s: Session) => s.stage === 'full' && s.user.role === 'admin',
} satisfies Record<string, Rule | ((path: string) => Rule)>

/**
 * A framed screen's `HydrateFallback`: while its guard asks, the frame (`routes/framed.tsx`) is
 * all the screen shows. A route with a `clientLoader` needs its own, or its parent's shows.
 */
export function FrameOnly() {
  return null
}
