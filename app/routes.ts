import { index, layout, type RouteConfig, route } from '@react-router/dev/routes'
import { mockEnabled, pages } from './pages'

const mock = mockEnabled(process.env)
const shown = pages.filter((page) => mock || !('mockOnly' in page))
const routeOf = (page: (typeof pages)[number]) =>
  page.path === '/' ? index(page.file) : route(page.path.slice(1), page.file)

// Every screen once, under an optional language segment: `/login` and `/ja/login` are one route,
// so the language switch keeps the screen (and what was typed) as it is.
export default [
  route(':lang?', 'routes/language.tsx', [
    // First: `/scenario/portal-admin` is a scenario, not the page `portal-admin` under a language
    // segment "scenario" (the two rank alike, and the first defined wins).
    ...(mock ? [route('scenario/:name', 'routes/scenario.tsx')] : []),
    ...shown.filter((page) => !('framed' in page)).map(routeOf),
    layout('routes/framed.tsx', shown.filter((page) => 'framed' in page).map(routeOf)),
    route('*', 'routes/not-found.tsx'),
  ]),
] satisfies RouteConfig
