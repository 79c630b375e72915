import { UsersFrame, UsersPage } from '../../src/features/admin/components/users-page'
import { guard, rules } from '../guards'

export const clientLoader = guard(rules.admin)
export const HydrateFallback = UsersFrame
export default UsersPage
