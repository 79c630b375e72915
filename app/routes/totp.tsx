import { TotpFrame, TotpPage } from '../../src/features/setup/components/totp-page'
import { guard, rules } from '../guards'
import type { RouteHandle } from '../layout/shell'

/** A signed-in screen: the header keeps the user's row while the guard asks. */
export const handle: RouteHandle = { signedIn: true }
export const clientLoader = guard(rules.setupStep('/setup/totp'))
export const HydrateFallback = TotpFrame
export default TotpPage
