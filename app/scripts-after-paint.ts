/**
 * Run in the page (inlined as source): once the browser has painted the prerendered page, preloads
 * the app's modules and starts React Router's module script; at once when there is nothing to
 * paint first (the SPA fallback) or the tab is hidden, after 3 s at the latest.
 */
function startAfterPaint(preloads: string[], code: string): void {
  let started = false
  const start = () => {
    if (started) return
    started = true
    // One request per task: starting a fetch costs the main thread a millisecond or more.
    for (const href of preloads) {
      setTimeout(() => {
        const link = document.createElement('link')
        link.rel = 'modulepreload'
        link.href = href
        document.head.append(link)
      })
    }
    setTimeout(() => {
      const script = document.createElement('script')
      script.type = 'module'
      script.textContent = code
      document.head.append(script)
    })
  }
  try {
    if (!document.querySelector('h1') || document.visibilityState !== 'visible') {
      start()
      return
    }
    new PerformanceObserver((list, observer) => {
      if (!list.getEntriesByName('first-contentful-paint').length) return
      observer.disconnect()
      setTimeout(start)
    }).observe({ type: 'paint', buffered: true })
    setTimeout(start, 3000)
  } catch {
    start()
  }
}

const MODULE_SCRIPT = /<script type="module" async="">([\s\S]*?)<\/script>/
const PRELOAD = /<link rel="modulepreload" href="([^"]+)"[^>]*\/>/g
const json = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c')

/**
 * The prerendered page paints before any of the app's code is fetched or run (decision 0016):
 * React Router's module preloads and its module script (the route modules, then the client
 * entry) start after the first contentful paint.
 */
export function scriptsAfterFirstPaint(html: string): string {
  const script = MODULE_SCRIPT.exec(html)
  if (!script) throw new Error('no React Router module script in the page')
  const preloads = [...html.matchAll(PRELOAD)].map((link) => link[1])
  return html
    .replace(PRELOAD, '')
    .replace(
      script[0],
      () => `<script>(${startAfterPaint})(${json(preloads)},${json(script[1])})</script>`,
    )
}
