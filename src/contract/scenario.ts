import './zod-config'
import * as z from 'zod/mini'

/** Mock only: which named state of the mock portal to open (`mocks/scenario-list.ts`). */
export const ScenarioBody = z.object({ name: z.string().check(z.regex(/^[a-z0-9-]{1,64}$/)) })

/**
 * What the page does after the portal is in the state: fill the input named `fill` (the form
 * field's `name`, the same in every language), submit the form last filled (or the page's first
 * form), or click what a CSS selector finds (the same in every language).
 */
export const ScenarioStep = z.union([
  z.object({ fill: z.string(), value: z.string() }),
  z.object({ submit: z.literal(true) }),
  z.object({ click: z.string() }),
])
export type ScenarioStep = z.infer<typeof ScenarioStep>

/** Where the scenario's screen is, and the steps that bring it to its state there. */
export const ScenarioPlan = z.object({
  path: z.string().check(z.startsWith('/')),
  steps: z.array(ScenarioStep),
})
export type ScenarioPlan = z.infer<typeof ScenarioPlan>
