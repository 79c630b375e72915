import { NotFoundPage } from '../layout/not-found-page'

export default NotFoundPage
