import { isRouteErrorResponse, Link, useRouteError } from 'react-router'

export function RouteError() {
  const error = useRouteError()
  const notFound = isRouteErrorResponse(error) && error.status === 404
  return (
    <main className="main" id="main">
      <h1 className="heading">{notFound ? 'Page not found' : 'Something went wrong'}</h1>
      <p>
        {notFound
          ? 'Check the address, or start again from the login screen.'
          : 'The page could not be shown. Try again, or start again from the login screen.'}
      </p>
      <p>
        <Link to="/">Go to the login screen</Link>
      </p>
    </main>
  )
}
