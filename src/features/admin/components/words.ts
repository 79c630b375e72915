import type { AdminUser, Method } from '../../../contract'
import { lockHolds } from '../../../contract/policy'
import { setupStep } from '../../../contract/setup'
import { i18n } from '../../../i18n'

/** Every word of User management; `{id}` is the user acted on. */
export const messages = i18n('admin', {
  caption: 'Portal Admin',
  title: 'User management',
  intro:
    'For a general user you can switch the second verification method between TOTP (authenticator app) and MailOTP (codes by email), reset the 2-step registration so they set it up again, or unlock an account locked after {lockoutFailures} failed attempts. Every action is asked for confirmation first and is written to the audit log below.',
  loading: 'Loading users…',
  tableCaption: 'Users of Business Portal',
  userId: 'User ID',
  name: 'Name',
  role: 'Role',
  method: 'Second method',
  status: 'Setup status',
  lock: 'Lock state',
  actions: 'Actions',
  you: ' (you)',
  general: 'General user',
  admin: 'Portal Admin',
  complete: 'Complete',
  step5: 'Second method not registered (STEP5)',
  choosing: 'Second method not chosen yet (STEP4)',
  notStarted: 'Not started',
  notChosen: 'Not chosen yet',
  lockedUntil: 'Locked until {until}',
  notLocked: 'Not locked',
  ownSetting: 'Portal Admins manage their own 2-step setting',
  switchTo: 'Switch{id} to {method}',
  reset: 'Reset 2-step registration{id}',
  resetOf: ' of {id}',
  unlock: 'Unlock{id}',
  totpLong: 'TOTP (authenticator app)',
  mailLong: 'MailOTP (codes by email)',
  happens: 'What will happen:',
  cancel: 'Cancel',
  endsSessions: "All of {id}'s sessions end now: {id} is logged out everywhere.",
  switchTitle: 'Switch {id} to {next}?',
  switchStops: "{id}'s current method, {currentLong}, stops working at once.",
  switchMail: '{id} gets an email saying that the method was changed.',
  switchNext:
    'At the next login, {id} goes through the {next} setup (STEP5) before using the portal. The password stays the same.',
  switchNotRegistered:
    '{id} has not registered {currentLong} yet: at the next login, {id} sets up {next} (STEP5) instead.',
  switchNotStarted:
    '{id} has not started the initial setting yet: after the new password (STEP3), {id} will set up {next} (STEP5) instead of {current}.',
  confirmSwitch: 'Switch to {next}',
  confirmReset: 'Reset',
  confirmUnlock: 'Unlock',
  switchDone:
    '{id} now uses {nextLong}. {id} was logged out, was sent an email, and sets up {next} at the next login.',
  resetTitle: 'Reset 2-step registration of {id}?',
  resetStops: "{id}'s registered {currentLong} is deleted and stops working at once.",
  resetMail: '{id} gets an email saying that the 2-step verification was reset.',
  resetNext:
    'At the next login, {id} goes straight to the {current} setup (STEP5). The password stays the same.',
  resetDone:
    'The 2-step registration of {id} was reset. {id} was logged out, was sent an email, and sets up {current} again at the next login.',
  unlockTitle: 'Unlock {id}?',
  unlockNow: '{id} can log in again at once.',
  unlockNowUntil: '{id} can log in again at once instead of after {until}.',
  unlockCount: 'The count of failed attempts for {id} starts again from zero.',
  unlockOnly: 'Unlock only when you know it was {id} who failed to log in.',
  unlockMail: '{id} gets an email saying that the account was unlocked.',
  unlockDone: '{id} is unlocked and can log in again.',
  auditTitle: 'Audit log',
  auditIntro: 'Every action of a Portal Admin on a user, newest first.',
  auditLoading: 'Loading the audit log…',
  auditEmpty: 'No Portal Admin has changed a user yet.',
  auditList: 'Audit log, newest first',
  did_switch_method: '{actor} switched the second method of {target}: {detail}',
  did_reset: '{actor} reset the 2-step registration of {target}: {detail}',
  did_unlock: '{actor} unlocked {target}.',
})

export type Words = (typeof messages)['en']

export const methodName: Record<Method, string> = { totp: 'TOTP', mail: 'MailOTP' }

export const otherMethod = (method: Method): Method => (method === 'totp' ? 'mail' : 'totp')

export function isLocked(
  user: AdminUser,
  now: number,
): user is AdminUser & { lockedUntil: number } {
  return lockHolds(user.lockedUntil, now)
}

export function setupStatus(user: AdminUser, t: Words): string {
  const status = {
    done: t.complete,
    chooseMethod: t.choosing,
    totp: t.step5,
    mail: t.step5,
    password: t.notStarted,
  } as const
  return status[setupStep(user)]
}
