import { type ClientLoaderFunctionArgs, redirect } from 'react-router'
import { CompletePage } from '../../src/features/setup/components/complete-page'
import { setupJustDone } from '../../src/features/setup/components/setup-done'
import { localeOf, localizePath } from '../../src/i18n'
import { FrameOnly } from '../guards'
import type { RouteHandle } from '../layout/shell'

/** S6 belongs to the tab that finished the setup (the session is over by then). */
export function clientLoader({ request }: ClientLoaderFunctionArgs) {
  if (!setupJustDone()) throw redirect(localizePath(localeOf(new URL(request.url).pathname), '/'))
  return null
}

// S6 depends on no session: all of it is the frame, which stays while the check above runs.
export const handle: RouteHandle = { Frame: CompletePage }
export const HydrateFallback = FrameOnly
export default FrameOnly
