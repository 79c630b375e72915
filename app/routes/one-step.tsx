import { OneStepPage } from '../../src/features/login/components/one-step-page'
import type { RouteHandle } from '../layout/shell'

export const handle: RouteHandle = { step: 1 }

export default OneStepPage
