/**
 * The door through which a page may know of the mock portal without starting it (the mock itself
 * starts from `mocks/browser.ts`): the demo accounts the chooser lists, the gallery's scenarios,
 * and the scenario portal the toolbar and the gallery's previews are in. None of it loads msw.
 */
export { demoAccounts } from './demo-accounts'
export {
  currentPortal,
  enterPortal,
  labelPortal,
  leavePortal,
  PORTAL_PREFIX,
  portalLabel,
} from './portal'
export { type ScenarioInfo, scenarios, screens } from './scenario-list'
