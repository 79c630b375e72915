import {
  DashboardFrame,
  DashboardPage,
} from '../../src/features/dashboard/components/dashboard-page'
import { guard, rules } from '../guards'
import type { RouteHandle } from '../layout/shell'

export const handle: RouteHandle = { step: 2, stepOnlyInSetup: true }
export const clientLoader = guard(rules.dashboard)
export const HydrateFallback = DashboardFrame
export default DashboardPage
