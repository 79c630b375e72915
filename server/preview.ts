/** `npm run preview`: the production build (dist/client) on http://localhost:4173. */
import { serve } from '@hono/node-server'
import { staticSite } from './static'

const port = Number(process.env.PORT ?? 4173)
const root = process.env.DIST ?? 'dist/client'
serve({ fetch: staticSite(root).fetch, port }, () =>
  console.log(`${root} on http://localhost:${port}`),
)
