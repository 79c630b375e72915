import { VerifyFrame, VerifyPage } from '../../src/features/login/components/verify-page'
import { FrameOnly, guard, rules } from '../guards'
import type { RouteHandle } from '../layout/shell'

export const handle: RouteHandle = { Frame: VerifyFrame }
export const clientLoader = guard(rules.challenge)
export const HydrateFallback = FrameOnly
export default VerifyPage
