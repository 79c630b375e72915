import { nextTask } from './next-task'

type Contract = typeof import('../contract')

let loading: Promise<Contract> | undefined

/**
 * The contract, in steps instead of one long task: zod itself first, then the schemas a few at
 * a time (the first construction of each kind warms zod up). Forms, API calls and the mock all
 * wait for it here.
 */
export function loadContract(): Promise<Contract> {
  loading ??= import('../contract/zod-config')
    .then(nextTask)
    .then(() => import('../contract/api'))
    .then(nextTask)
    .then(() => import('../contract/admin'))
    .then(nextTask)
    .then(() => import('../contract/password'))
    .then(nextTask)
    .then(() => import('../contract'))
  return loading
}
