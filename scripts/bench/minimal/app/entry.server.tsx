import { renderToReadableStream } from 'react-dom/server'
import { type EntryContext, ServerRouter } from 'react-router'
import { scriptsAfterFirstPaint } from '../../../../app/scripts-after-paint'

/** As the app's prerender does: the page's scripts start after its first paint. */
export default async function handleRequest(
  request: Request,
  status: number,
  headers: Headers,
  context: EntryContext,
) {
  const body = await renderToReadableStream(<ServerRouter context={context} url={request.url} />)
  await body.allReady
  headers.set('Content-Type', 'text/html; charset=utf-8')
  const html = scriptsAfterFirstPaint(await new Response(body).text())
  return new Response(html, { status, headers })
}
