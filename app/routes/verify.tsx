import { VerifyFrame, VerifyPage } from '../../src/features/login/components/verify-page'
import { guard, rules } from '../guards'

export const clientLoader = guard(rules.challenge)
export const HydrateFallback = VerifyFrame
export default VerifyPage
