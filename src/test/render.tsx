import { render } from '@testing-library/react'
import type { ComponentType } from 'react'
import { createRoutesStub } from 'react-router'
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest'
import { pages } from '../../app/pages'
import App from '../../app/root'
import { resetDb, server } from '../../mocks/node'
import { LocaleProvider } from '../i18n'
import { queryClient } from '../lib/query-client'

type RouteModule = {
  default: ComponentType
  clientLoader?: (args: { request: Request }) => unknown
  HydrateFallback?: ComponentType
  handle?: unknown
}

const modules = import.meta.glob<RouteModule>('../../app/routes/*.tsx', { eager: true })

function routeOf({ path, file }: { path: string; file: string }) {
  const module = modules[`../../app/${file}`]
  if (!module) throw new Error(`no route module ${file}`)
  return {
    path,
    Component: module.default,
    loader: module.clientLoader,
    HydrateFallback: module.HydrateFallback,
    handle: module.handle,
  }
}

/** The app's screens, each from its route module, under the app's root (header, shell). */
const screens = [
  ...pages.filter((page) => !('framed' in page)).map(routeOf),
  {
    Component: routeOf({ path: '', file: 'routes/framed.tsx' }).Component,
    children: pages.filter((page) => 'framed' in page).map(routeOf),
  },
]

/** The mock portal in Node (msw/node), fresh demo data and a fresh query cache for each test. */
export function withPortal() {
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
  beforeEach(async () => {
    queryClient.clear()
    await resetDb()
  })
  afterEach(() => server.resetHandlers())
  afterAll(() => server.close())
}

/** The whole app at `path` (English), through React Router's route stub, as a tab shows it. */
export function renderAt(path: string) {
  const Stub = createRoutesStub([{ Component: App, children: screens }])
  return render(
    <LocaleProvider pathname={path}>
      <Stub initialEntries={[path]} />
    </LocaleProvider>,
  )
}
