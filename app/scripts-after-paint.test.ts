// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { scriptsAfterFirstPaint } from './scripts-after-paint'

const page = `<html><head><link rel="modulepreload" href="/assets/a.js"/><link rel="modulepreload" href="/assets/b.js"/></head><body><h1>x</h1><script>window.__reactRouterContext = {}</script><script type="module" async="">import "/assets/a.js";
window.x = "<!--";
import("/assets/b.js");</script></body></html>`

describe('scripts after the first paint', () => {
  it('takes the preloads and the module script out of the page, and starts them from one inline script', () => {
    const html = scriptsAfterFirstPaint(page)
    expect(html).not.toContain('rel="modulepreload" href=')
    expect(html).not.toContain('type="module"')
    expect(html).toContain('<script>window.__reactRouterContext = {}</script>')
    const call =
      /<script>\((function startAfterPaint[\s\S]*)\)\((\[.*?\]),(".*")\)<\/script><\/body>/.exec(
        html,
      )
    expect(call?.[2] && JSON.parse(call[2])).toEqual(['/assets/a.js', '/assets/b.js'])
    // The module's code, a "</script>" in it escaped so the page's parser cannot end the script.
    expect(call?.[3]).not.toContain('</script>')
    expect(call?.[3] && JSON.parse(call[3])).toBe(
      'import "/assets/a.js";\nwindow.x = "<!--";\nimport("/assets/b.js");',
    )
  })

  it("refuses a page without React Router's module script", () => {
    expect(() => scriptsAfterFirstPaint('<html><body></body></html>')).toThrow(/module script/)
  })
})
