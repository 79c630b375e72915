import { MailFrame, MailPage } from '../../src/features/setup/components/mail-page'
import { FrameOnly, guard, rules } from '../guards'
import type { RouteHandle } from '../layout/shell'

/** A signed-in screen: the header keeps the user's row while the guard asks. */
export const handle: RouteHandle = { signedIn: true, Frame: MailFrame }
export const clientLoader = guard(rules.setupStep('/setup/mail'))
export const HydrateFallback = FrameOnly
export default MailPage
