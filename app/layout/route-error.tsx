import { isRouteErrorResponse, useRouteError } from 'react-router'
import { Link } from '../../src/components/Link'
import { PageHeading } from '../../src/components/PageHeading'
import { i18n, useMessages } from '../../src/i18n'

const messages = i18n('routeError', {
  notFound: 'Page not found',
  notFoundText: 'Check the address, or start again from the login screen.',
  failed: 'Something went wrong',
  failedText: 'The page could not be shown. Try again, or start again from the login screen.',
  home: 'Go to the login screen',
})

export function RouteError() {
  const t = useMessages(messages)
  const error = useRouteError()
  const notFound = isRouteErrorResponse(error) && error.status === 404
  return (
    <main className="main" id="main">
      <PageHeading>{notFound ? t.notFound : t.failed}</PageHeading>
      <p>{notFound ? t.notFoundText : t.failedText}</p>
      <p>
        <Link to="/">{t.home}</Link>
      </p>
    </main>
  )
}
