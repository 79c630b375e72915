import { isRouteErrorResponse, Link, useRouteError } from 'react-router'
import { i18n, useStore } from '../i18n'

const messages = i18n('routeError', {
  notFound: 'Page not found',
  notFoundText: 'Check the address, or start again from the login screen.',
  failed: 'Something went wrong',
  failedText: 'The page could not be shown. Try again, or start again from the login screen.',
  home: 'Go to the login screen',
})

export function RouteError() {
  const t = useStore(messages)
  const error = useRouteError()
  const notFound = isRouteErrorResponse(error) && error.status === 404
  return (
    <main className="main" id="main">
      <h1 className="heading">{notFound ? t.notFound : t.failed}</h1>
      <p>{notFound ? t.notFoundText : t.failedText}</p>
      <p>
        <Link to="/">{t.home}</Link>
      </p>
    </main>
  )
}
