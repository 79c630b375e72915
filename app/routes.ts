import { index, type RouteConfig, route } from '@react-router/dev/routes'
import { mockEnabled, pages } from './pages'

const mock = mockEnabled(process.env)

// Every screen once, under an optional language segment: `/login` and `/ja/login` are one route,
// so the language switch keeps the screen (and what was typed) as it is.
export default [
  route(':lang?', 'routes/language.tsx', [
    // First: `/scenario/portal-admin` is a scenario, not the page `portal-admin` under a language
    // segment "scenario" (the two rank alike, and the first defined wins).
    ...(mock ? [route('scenario/:name', 'routes/scenario.tsx')] : []),
    ...pages
      .filter((page) => mock || !('mockOnly' in page))
      .map((page) => (page.path === '/' ? index(page.file) : route(page.path.slice(1), page.file))),
    route('*', 'routes/not-found.tsx'),
  ]),
] satisfies RouteConfig
