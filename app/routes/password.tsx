import { PasswordFrame, PasswordPage } from '../../src/features/setup/components/password-page'
import { guard, rules } from '../guards'
import type { RouteHandle } from '../layout/shell'

export const handle: RouteHandle = { step: 3 }
export const clientLoader = guard(rules.setupStep('/setup/password'))
export const HydrateFallback = PasswordFrame
export default PasswordPage
