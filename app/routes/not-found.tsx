import { NotFoundPage } from '../layout/route-error'

export default NotFoundPage
