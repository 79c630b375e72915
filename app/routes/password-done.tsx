import {
  PasswordDoneFrame,
  PasswordDonePage,
} from '../../src/features/setup/components/password-done-page'
import { FrameOnly, guard, rules } from '../guards'
import type { RouteHandle } from '../layout/shell'

/** A signed-in screen: the header keeps the user's row while the guard asks. */
export const handle: RouteHandle = { signedIn: true, Frame: PasswordDoneFrame }
export const clientLoader = guard(rules.passwordDone)
export const HydrateFallback = FrameOnly
export default PasswordDonePage
