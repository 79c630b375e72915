import {
  PasswordDoneFrame,
  PasswordDonePage,
} from '../../src/features/setup/components/password-done-page'
import { guard, rules } from '../guards'
import type { RouteHandle } from '../layout/shell'

export const handle: RouteHandle = { step: 4 }
export const clientLoader = guard(rules.passwordDone)
export const HydrateFallback = PasswordDoneFrame
export default PasswordDonePage
