import { MailFrame, MailPage } from '../../src/features/setup/components/mail-page'
import { guard, rules } from '../guards'
import type { RouteHandle } from '../layout/shell'

export const handle: RouteHandle = { step: 5 }
export const clientLoader = guard(rules.setupStep('/setup/mail'))
export const HydrateFallback = MailFrame
export default MailPage
