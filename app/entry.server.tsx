import { renderToReadableStream } from 'react-dom/server'
import { type EntryContext, ServerRouter } from 'react-router'
import { loadLocale, localeOf } from '../src/i18n'
import { scriptsAfterFirstPaint } from './scripts-after-paint'

/** The build's prerender: each page whole (no streaming), in the language of its address. */
export default async function handleRequest(
  request: Request,
  status: number,
  headers: Headers,
  context: EntryContext,
) {
  await loadLocale(localeOf(new URL(request.url).pathname))
  const body = await renderToReadableStream(<ServerRouter context={context} url={request.url} />)
  await body.allReady
  headers.set('Content-Type', 'text/html; charset=utf-8')
  const html = scriptsAfterFirstPaint(await new Response(body).text())
  return new Response(html, { status, headers })
}
