import { data, type LoaderFunctionArgs, redirect } from 'react-router'
import { localeOf, localizePath } from '../../../i18n'
import { queryClient } from '../../../lib/query-client'
import { openScenario, ScenarioNotFound } from '../api/open-scenario'
import { runSteps } from '../api/run-steps'

/**
 * `/scenario/<name>` (mock mode only): this tab's own portal in the named state, then its
 * screen, then the steps that bring the screen to its state (a wrong code entered, …).
 */
export async function scenarioLoader({ params, request }: LoaderFunctionArgs) {
  const name = params.name ?? ''
  // In the gallery's inert frame the scenario is a picture: nothing in it takes focus, which would
  // pull the gallery's focus into the frame and scroll the gallery to it.
  if (window.frameElement?.closest('[inert]')) document.documentElement.inert = true
  let plan: Awaited<ReturnType<typeof openScenario>>
  try {
    plan = await openScenario(name)
  } catch (error) {
    if (error instanceof ScenarioNotFound) throw data(null, { status: 404 })
    throw error
  }
  // Whatever this tab knew came from another portal.
  queryClient.clear()
  if (plan.steps.length > 0) {
    runSteps(plan.steps).catch((error: unknown) => console.warn(error))
  }
  return redirect(localizePath(localeOf(new URL(request.url).pathname), plan.path))
}
