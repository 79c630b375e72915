import type { QueryClient } from '@tanstack/react-query'
import { data, type LoaderFunctionArgs, redirect } from 'react-router'
import { openScenario, ScenarioNotFound } from '../api/open-scenario'
import { runSteps } from '../api/run-steps'

/**
 * `/scenario/<name>` (mock mode only): this tab's own portal in the named state, then its
 * screen, then the steps that bring the screen to its state (a wrong code entered, …).
 */
export function scenarioLoader(queryClient: QueryClient) {
  return async ({ params }: LoaderFunctionArgs) => {
    const name = params.name ?? ''
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
    return redirect(plan.path)
  }
}

export function ScenarioRoute() {
  return null
}
