import { type ClientLoaderFunctionArgs, redirect } from 'react-router'
import { CompletePage } from '../../src/features/setup/components/complete-page'
import { setupJustDone } from '../../src/features/setup/components/setup-done'
import { localeOf, localizePath } from '../../src/i18n'

/** S6 belongs to the tab that finished the setup (the session is over by then). */
export function clientLoader({ request }: ClientLoaderFunctionArgs) {
  if (!setupJustDone()) throw redirect(localizePath(localeOf(new URL(request.url).pathname), '/'))
  return null
}

export const HydrateFallback = CompletePage
export default CompletePage
