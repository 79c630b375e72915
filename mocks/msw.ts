import { HttpResponse, http } from 'msw'
import { endpoints } from '../src/contract'
import { browserStore } from './browser-store'
import { answerLost, injectFaults, writeFaults } from './faults'
import { type Deps, notFound, type Route } from './http'

const deps: Deps = { store: browserStore, now: () => Date.now(), before: injectFaults }

/**
 * The portal core served by msw, in the browser's service worker or in Node's tests, with the
 * mock's own faults (a slow network, a 500, a lost answer) around it.
 */
export function mswHandlers(routes: Route[]) {
  return [
    ...routes.map((route) =>
      http[route.method](`*${route.path}`, async ({ request, params, cookies }) => {
        const { status, body, headers } = await route.run({ request, params, cookies }, deps)
        if (route.path === endpoints.resetDemo.path && status === 200) writeFaults({})
        if (status === 200 && answerLost(route.path)) return Response.error()
        // msw's own Response keeps Set-Cookie, which a browser's Response drops.
        return new HttpResponse(JSON.stringify(body), { status, headers })
      }),
    ),
    // Any other address under /api is no endpoint: a documented 404, as a real portal answers.
    http.all('*/api/*', () => HttpResponse.json(notFound, { status: 404 })),
  ]
}
