/**
 * Every screen × state of the product, each a named scenario of the mock portal that
 * `/scenario/<name>` opens (mock mode only). Plain data: the gallery, `npm run screens` and the
 * e2e tests read it; `mocks/scenarios.ts` builds each state in the mock server.
 */

/** The guide's screens (DESIGN.md section 1), and "other" for what is on no screen of the guide. */
export const screens = [
  { id: 'S0', name: 'Login screen (chooser)' },
  { id: 'S1', name: '1-step login (STEP1)' },
  { id: 'S2', name: 'Dashboard (STEP2)' },
  { id: 'S3', name: 'Set password (STEP3)' },
  { id: 'S4', name: 'Password changed (STEP4)' },
  { id: 'S5', name: 'TOTP setup (STEP5)' },
  { id: 'S5m', name: 'MailOTP setup (STEP5)' },
  { id: 'S6', name: 'Complete' },
  { id: 'S7', name: '2-step login' },
  { id: 'A1', name: 'Portal Admin: User management' },
  { id: 'P1', name: "Portal Admin's procedure (public page)" },
  { id: 'M1', name: 'Mailbox (mock mode only)' },
  { id: 'X', name: 'Other pages' },
] as const

export type ScreenId = (typeof screens)[number]['id']

export type ScenarioInfo = {
  name: string
  screen: ScreenId
  /** The state, in a few words (English; the gallery has it in Japanese too). */
  title: string
  /** The screen's h1 in English, which shows once the scenario is open. */
  heading: string
  /**
   * A CSS selector (the same in every language) that shows the state is reached, where the
   * heading alone does not tell it: an error summary, an open dialog, a loading box.
   */
  ready?: string
  /** The state answers 500 on purpose (the browser logs a failed load). */
  serverError?: true
  /** Every API answer is slow: the state is the loading one, seen before the answer. */
  slow?: true
}

const CHOOSER = 'Log in to Business Portal'
const ONE_STEP = 'Log in with 1-step verification'
const TWO_STEP = 'Log in with 2-step verification'
const VERIFY = 'Enter your verification code'
const PASSWORD = 'Set your new password'
const DONE = 'Password changed'
const TOTP = 'Set up your authenticator app'
const MAIL = 'Set up codes by email'
const ERRORS = '.error-summary'
const STEP = '[aria-current="step"]'

const list = [
  { name: 'chooser', screen: 'S0', title: 'Plain', heading: CHOOSER },
  {
    name: 'chooser-logged-out',
    screen: 'S0',
    title: 'After "Log out"',
    heading: CHOOSER,
    ready: '.notice--success',
  },
  {
    name: 'chooser-idle-ended',
    screen: 'S0',
    title: 'Logged out after {idleMinutes} idle minutes',
    heading: CHOOSER,
    ready: '.notice--warning',
  },
  {
    name: 'chooser-session-ended',
    screen: 'S0',
    title: 'After the session ended elsewhere',
    heading: CHOOSER,
    ready: '.notice--warning',
  },
  {
    name: 'chooser-setup-done',
    screen: 'S0',
    title: 'After the initial setting',
    heading: CHOOSER,
    ready: '.notice--success',
  },
  {
    name: 'chooser-demo-accounts',
    screen: 'S0',
    title: 'Demo accounts panel open',
    heading: CHOOSER,
    ready: 'main details[open] .demo-accounts',
  },
  { name: 'one-step', screen: 'S1', title: 'Empty', heading: ONE_STEP, ready: STEP },
  {
    name: 'one-step-empty-submit',
    screen: 'S1',
    title: 'Submitted empty',
    heading: ONE_STEP,
    ready: ERRORS,
  },
  {
    name: 'one-step-wrong-password',
    screen: 'S1',
    title: 'Wrong password',
    heading: ONE_STEP,
    ready: ERRORS,
  },
  {
    name: 'one-step-already-set-up',
    screen: 'S1',
    title: 'Already set up (user02): use the 2-step login',
    heading: ONE_STEP,
    ready: ERRORS,
  },
  {
    name: 'dashboard-setup',
    screen: 'S2',
    title: 'user01 in setup, after the 1-step login',
    heading: 'Dashboard',
    ready: STEP,
  },
  {
    name: 'dashboard-full',
    screen: 'S2',
    title: 'user02 after the 2-step login',
    heading: 'Dashboard',
  },
  {
    name: 'dashboard-admin',
    screen: 'S2',
    title: 'admin01 after the 2-step login',
    heading: 'Dashboard',
  },
  {
    name: 'idle-warning',
    screen: 'S2',
    title: 'Session about to time out (1½ minutes left)',
    heading: 'Dashboard',
    ready: 'dialog[open]',
  },
  {
    name: 'password',
    screen: 'S3',
    title: 'Fresh user01, logged in via the 1-step login',
    heading: PASSWORD,
    ready: STEP,
  },
  {
    name: 'password-empty-submit',
    screen: 'S3',
    title: 'Submitted empty',
    heading: PASSWORD,
    ready: ERRORS,
  },
  {
    name: 'password-rule-errors',
    screen: 'S3',
    title: 'New password breaks rules',
    heading: PASSWORD,
    ready: ERRORS,
  },
  {
    name: 'password-wrong-current',
    screen: 'S3',
    title: 'Wrong current password (refused by the portal)',
    heading: PASSWORD,
    ready: ERRORS,
  },
  {
    name: 'password-changed-totp',
    screen: 'S4',
    title: 'TOTP user (user01)',
    heading: DONE,
    ready: STEP,
  },
  {
    name: 'password-changed-mail',
    screen: 'S4',
    title: 'MailOTP user (user03)',
    heading: DONE,
    ready: STEP,
  },
  {
    name: 'password-changed-admin',
    screen: 'S4',
    title: 'Portal Admin chooses the method (admin02)',
    heading: DONE,
    ready: STEP,
  },
  {
    name: 'totp',
    screen: 'S5',
    title: 'QR code and setup key',
    heading: TOTP,
    ready: '.qr :is(img, svg)',
  },
  {
    name: 'totp-wrong-code',
    screen: 'S5',
    title: 'Wrong code entered',
    heading: TOTP,
    ready: ERRORS,
  },
  {
    name: 'totp-server-error',
    screen: 'S5',
    title: 'Server error 500 on Register',
    heading: TOTP,
    ready: '.notice--error',
    serverError: true,
  },
  {
    name: 'totp-clock-off',
    screen: 'S5',
    title: "The app's clock is 2½ minutes off",
    heading: TOTP,
    ready: ERRORS,
  },
  {
    name: 'totp-key-copied',
    screen: 'S5',
    title: 'Setup key copied',
    heading: TOTP,
    ready: '.setup-key__status:not(:empty)',
  },
  {
    name: 'slow-network',
    screen: 'S5',
    title: 'Slow network (every answer 3 s late): loading',
    heading: TOTP,
    ready: '.qr--loading',
    slow: true,
  },
  {
    name: 'mail-setup',
    screen: 'S5m',
    title: 'Code sent (user03)',
    heading: MAIL,
    ready: STEP,
  },
  {
    name: 'mail-setup-resend-ready',
    screen: 'S5m',
    title: '"Resend code" available ({resendSeconds} s passed)',
    heading: MAIL,
    ready: '[data-action="resend"]:not([disabled])',
  },
  {
    name: 'mail-setup-resent',
    screen: 'S5m',
    title: 'A new code sent',
    heading: MAIL,
    ready: '.notice--success',
  },
  {
    name: 'mail-setup-limit',
    screen: 'S5m',
    title: 'Mail limit reached ({mailsPerWindow} codes in {mailWindowMinutes} min)',
    heading: MAIL,
    ready: '[data-action="resend"][disabled]',
  },
  {
    name: 'mail-setup-expired-at-limit',
    screen: 'S5m',
    title: 'The code has expired while the mail limit holds',
    heading: MAIL,
    ready: '[data-action="resend"][disabled]',
  },
  {
    name: 'mail-setup-limit-earlier',
    screen: 'S5m',
    title: 'Mail limit reached in an earlier attempt: the first code is refused',
    heading: MAIL,
    ready: '[data-action="resend"][disabled]',
  },
  {
    name: 'mail-setup-wrong-code',
    screen: 'S5m',
    title: 'Wrong code entered',
    heading: MAIL,
    ready: ERRORS,
  },
  {
    name: 'complete',
    screen: 'S6',
    title: 'user01 has registered TOTP',
    heading: 'Congratulations!',
  },
  { name: 'two-step', screen: 'S7', title: 'Empty', heading: TWO_STEP },
  {
    name: 'two-step-wrong-password',
    screen: 'S7',
    title: 'Wrong password',
    heading: TWO_STEP,
    ready: ERRORS,
  },
  {
    name: 'two-step-locked',
    screen: 'S7',
    title: 'Account locked (user01)',
    heading: TWO_STEP,
    ready: ERRORS,
  },
  {
    name: 'two-step-setup-required',
    screen: 'S7',
    title: 'Not set up yet (user01): do the initial setting first',
    heading: TWO_STEP,
    ready: ERRORS,
  },
  { name: 'verify-totp', screen: 'S7', title: 'Verify code, TOTP (user02)', heading: VERIFY },
  {
    name: 'verify-totp-wrong-code',
    screen: 'S7',
    title: 'Verify code, TOTP: wrong code',
    heading: VERIFY,
    ready: ERRORS,
  },
  {
    name: 'verify-totp-reused',
    screen: 'S7',
    title: 'Verify code, TOTP: a code already used',
    heading: VERIFY,
    ready: ERRORS,
  },
  {
    name: 'verify-totp-attempts-left',
    screen: 'S7',
    title: 'Verify code, TOTP: one attempt left before the lock',
    heading: VERIFY,
    ready: '.notice--warning',
  },
  {
    name: 'verify-totp-locked',
    screen: 'S7',
    title: 'Verify code, TOTP: the failure that locks the account',
    heading: VERIFY,
    ready: '.notice--error',
  },
  { name: 'verify-mail', screen: 'S7', title: 'Verify code, MailOTP (user03)', heading: VERIFY },
  {
    name: 'verify-mail-expired',
    screen: 'S7',
    title: 'Verify code, MailOTP: the code has expired',
    heading: VERIFY,
    ready: ERRORS,
  },
  {
    name: 'admin-users',
    screen: 'A1',
    title: 'admin01 with the user list',
    heading: 'User management',
    ready: 'table',
  },
  {
    name: 'admin-users-locked',
    screen: 'A1',
    title: 'A locked user and a user in setup',
    heading: 'User management',
    ready: 'table',
  },
  {
    name: 'admin-confirm-switch',
    screen: 'A1',
    title: 'Confirm: switch user02 to MailOTP',
    heading: 'User management',
    ready: 'dialog[open]',
  },
  {
    name: 'admin-confirm-reset',
    screen: 'A1',
    title: "Confirm: reset user02's registration",
    heading: 'User management',
    ready: 'dialog[open]',
  },
  {
    name: 'admin-confirm-unlock',
    screen: 'A1',
    title: 'Confirm: unlock user01',
    heading: 'User management',
    ready: 'dialog[open]',
  },
  {
    name: 'admin-audit',
    screen: 'A1',
    title: 'Audit log with entries',
    heading: 'User management',
    ready: '.audit-list li',
  },
  {
    name: 'portal-admin',
    screen: 'P1',
    title: "The Portal Admin's procedure",
    heading: 'The Portal Admin’s 2-step verification',
  },
  { name: 'mailbox-empty', screen: 'M1', title: 'No mails yet', heading: 'Mailbox' },
  {
    name: 'mailbox-with-mails',
    screen: 'M1',
    title: 'Codes and notices sent',
    heading: 'Mailbox',
    ready: 'article',
  },
  { name: 'not-found', screen: 'X', title: 'Page not found', heading: 'Page not found' },
] as const satisfies readonly ScenarioInfo[]

export type ScenarioName = (typeof list)[number]['name']

export const scenarios: readonly (ScenarioInfo & { name: ScenarioName })[] = list

export function isScenarioName(name: string): name is ScenarioName {
  return scenarios.some((s) => s.name === name)
}
