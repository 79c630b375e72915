import { enterPortal, labelPortal } from '../../../../mocks/door'
import { endpoints } from '../../../contract'
import type { ScenarioPlan } from '../../../contract/scenario'
import { apiReady, language } from '../../../lib/api'
import { apiBaseUrl } from '../../../lib/config'

export class ScenarioNotFound extends Error {}

/**
 * Makes this tab (or iframe) a portal of its own and asks the mock portal to put it in the
 * named state. A direct call, not `api()`: opening a scenario is not the user's activity (the
 * idle-warning scenario relies on the portal's own idle time).
 */
export async function openScenario(name: string): Promise<ScenarioPlan> {
  labelPortal(enterPortal(name), name)
  await apiReady()
  const response = await fetch(`${apiBaseUrl}/api/mock/scenario`, {
    method: 'POST',
    credentials: 'include',
    headers: { 'content-type': 'application/json', 'accept-language': language() },
    body: JSON.stringify({ name }),
  })
  if (response.status === 404 || response.status === 400) throw new ScenarioNotFound(name)
  if (!response.ok) throw new Error(`scenario ${name}: HTTP ${response.status}`)
  return endpoints.mockScenario.response.parse(await response.json())
}
