import {
  DashboardFrame,
  DashboardPage,
} from '../../src/features/dashboard/components/dashboard-page'
import { FrameOnly, guard, rules } from '../guards'
import type { RouteHandle } from '../layout/shell'

/** A signed-in screen: the header keeps the user's row while the guard asks. */
export const handle: RouteHandle = { signedIn: true, Frame: DashboardFrame }
export const clientLoader = guard(rules.dashboard)
export const HydrateFallback = FrameOnly
export default DashboardPage
