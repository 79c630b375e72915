import { TotpFrame, TotpPage, TotpPending } from '../../src/features/setup/components/totp-page'
import { guard, rules } from '../guards'
import type { RouteHandle } from '../layout/shell'

/** A signed-in screen: the header keeps the user's row while the guard asks. */
export const handle: RouteHandle = { signedIn: true, Frame: TotpFrame }
export const clientLoader = guard(rules.setupStep('/setup/totp'))
export const HydrateFallback = TotpPending
export default TotpPage
