import { nextTask } from './next-task'

type Contract = typeof import('../contract')

let loading: Promise<Contract> | undefined

/**
 * The contract, in two tasks instead of one long one: zod itself first, then the schemas (whose
 * first construction warms zod up). Forms, API calls and the mock all wait for it here.
 */
export function loadContract(): Promise<Contract> {
  loading ??= import('../contract/zod-config').then(nextTask).then(() => import('../contract'))
  return loading
}
