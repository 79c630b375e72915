import { TotpFrame, TotpPage } from '../../src/features/setup/components/totp-page'
import { guard, rules } from '../guards'
import type { RouteHandle } from '../layout/shell'

export const handle: RouteHandle = { step: 5 }
export const clientLoader = guard(rules.setupStep('/setup/totp'))
export const HydrateFallback = TotpFrame
export default TotpPage
