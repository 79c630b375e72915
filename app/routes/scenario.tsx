import { scenarioLoader } from '../../src/features/gallery/components/scenario-route'

export const clientLoader = scenarioLoader

export function HydrateFallback() {
  return null
}

export default function Scenario() {
  return null
}
