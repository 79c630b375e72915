import { Outlet, useParams } from 'react-router'
import { NotFoundPage } from '../layout/route-error'

/** `/…` is English, `/ja/…` Japanese; any other first segment is no page of ours. */
export default function Language() {
  const { lang } = useParams()
  return lang === undefined || lang === 'ja' ? <Outlet /> : <NotFoundPage />
}
