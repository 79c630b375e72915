import { PasswordFrame, PasswordPage } from '../../src/features/setup/components/password-page'
import { FrameOnly, guard, rules } from '../guards'
import type { RouteHandle } from '../layout/shell'

/** A signed-in screen: the header keeps the user's row while the guard asks. */
export const handle: RouteHandle = { signedIn: true, Frame: PasswordFrame }
export const clientLoader = guard(rules.setupStep('/setup/password'))
export const HydrateFallback = FrameOnly
export default PasswordPage
