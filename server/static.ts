import { serveStatic } from '@hono/node-server/serve-static'
import { Hono } from 'hono'
import { compress } from 'hono/compress'

/**
 * The built app as a static host serves it: the prerendered pages (`/login` is
 * `login/index.html`), the assets (hashed, so cached for good), compressed; any other address
 * gets React Router's SPA fallback.
 */
export function staticSite(root: string): Hono {
  const site = new Hono()
  site.use(compress())
  site.use('/assets/*', async (c, next) => {
    await next()
    if (c.res.ok) c.header('Cache-Control', 'public, max-age=31536000, immutable')
  })
  site.use(serveStatic({ root }))
  site.get('*', serveStatic({ root, path: '__spa-fallback.html' }))
  return site
}
