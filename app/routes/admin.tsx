import { UsersFrame, UsersPage } from '../../src/features/admin/components/users-page'
import { FrameOnly, guard, rules } from '../guards'
import type { RouteHandle } from '../layout/shell'

/** A signed-in screen: the header keeps the user's row while the guard asks. */
export const handle: RouteHandle = { signedIn: true, Frame: UsersFrame }
export const clientLoader = guard(rules.admin)
export const HydrateFallback = FrameOnly
export default UsersPage
