import type { Method } from './api'

/** What a user has done of the initial setting (a `User`, an `AdminUser`, the server's record). */
export type SetupProgress = {
  passwordChanged: boolean
  /** False only for a Portal Admin who has yet to pick a method at STEP4. */
  methodChosen: boolean
  method: Method
  registered: boolean
}

/**
 * Where a user is in the initial setting, the one state machine of it that the route guards, the
 * screens and the server read: STEP3 (`password`), STEP4's choice (`chooseMethod`, a Portal Admin
 * only), STEP5 (`totp` or `mail`), then `done`.
 */
export type SetupStep = 'password' | 'chooseMethod' | 'totp' | 'mail' | 'done'

export function setupStep(user: SetupProgress): SetupStep {
  if (user.registered) return 'done'
  if (!user.passwordChanged) return 'password'
  if (!user.methodChosen) return 'chooseMethod'
  return user.method
}

/**
 * STEP4 (the new password is set, no method registered yet): its page can be shown, and a Portal
 * Admin may choose or change their method.
 */
export function passwordSetNotRegistered(user: SetupProgress): boolean {
  const step = setupStep(user)
  return step !== 'password' && step !== 'done'
}
