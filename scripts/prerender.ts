/**
 * After `vite build`: puts the chooser's HTML into dist/index.html, so the first screen paints
 * before any JavaScript runs; the app then hydrates it. Any other URL (or query) empties the
 * root at once, before the first paint, and the app renders there as usual.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { createServer } from 'vite'

const server = await createServer({
  server: { middlewareMode: true },
  appType: 'custom',
  logLevel: 'error',
})
try {
  const { renderChooser } = await server.ssrLoadModule('/src/app/prerender.tsx')
  const html: string = renderChooser()
  const keepOnlyAtRoot =
    "<script>if(location.pathname!=='/'||location.search||document.documentElement.lang!=='en')document.getElementById('root').textContent=''</script>"
  let page = readFileSync('dist/index.html', 'utf8')
  if (!page.includes('<div id="root"></div>')) throw new Error('dist/index.html has no empty #root')
  page = page.replace('<div id="root"></div>', `<div id="root">${html}</div>${keepOnlyAtRoot}`)
  // The stylesheet is small: inline it and save the first paint a round trip.
  page = page.replace(
    /<link rel="stylesheet"[^>]*href="\/(assets\/[^"]+\.css)">/,
    (_, file: string) => {
      return `<style>${readFileSync(`dist/${file}`, 'utf8')}</style>`
    },
  )
  writeFileSync('dist/index.html', page)
  console.log(`prerendered the chooser into dist/index.html (${html.length} characters)`)
} finally {
  await server.close()
}
