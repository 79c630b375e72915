import { AdminGuidePage } from '../../src/features/admin/components/admin-guide-page'

export default AdminGuidePage
