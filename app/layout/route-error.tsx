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

function Problem({ notFound }: { notFound: boolean }) {
  const t = useMessages(messages)
  return (
    <div className="narrow">
      <PageHeading>{notFound ? t.notFound : t.failed}</PageHeading>
      <p>{notFound ? t.notFoundText : t.failedText}</p>
      <p>
        <Link to="/">{t.home}</Link>
      </p>
    </div>
  )
}

/** An address that is no page of ours, in the shell like any screen. */
export function NotFoundPage() {
  return <Problem notFound />
}

/** The root's error boundary: a 404 the router answered, or a screen that failed. */
export function RouteError() {
  const error = useRouteError()
  return (
    <main className="main" id="main">
      <Problem notFound={isRouteErrorResponse(error) && error.status === 404} />
    </main>
  )
}
