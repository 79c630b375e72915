import * as z from 'zod/mini'
import { AdminUser, AdminUsers, AuditList, Mailbox } from './admin'
import { ChooseMethodBody, Done, LoginBody, MailSent, Session, TotpSetup, VerifyBody } from './api'
import { ChangePasswordBody } from './password'
import { policy } from './policy'
import { ScenarioBody, ScenarioPlan } from './scenario'

/** One endpoint of the portal's API: what the app calls and the mock answers. */
export type Endpoint = {
  method: 'get' | 'post'
  path: string
  summary: string
  body?: z.ZodMiniType
  response: z.ZodMiniType
  mockOnly?: true
}

const Empty = z.object({})

export const endpoints = {
  loginOneStep: {
    method: 'post',
    path: '/api/login/one-step',
    summary: 'Old 1-step login (only before 2-step registration)',
    body: LoginBody,
    response: Session,
  },
  loginTwoStep: {
    method: 'post',
    path: '/api/login/two-step',
    summary: 'First step of the 2-step login: user ID and password',
    body: LoginBody,
    response: Session,
  },
  loginVerify: {
    method: 'post',
    path: '/api/login/verify',
    summary: 'Second step: the code from the app or the mail',
    body: VerifyBody,
    response: Session,
  },
  loginResend: {
    method: 'post',
    path: '/api/login/resend',
    summary: `Send a new mail code for this login (after ${policy.mailCode.resendSeconds} s)`,
    body: Empty,
    response: MailSent,
  },
  session: { method: 'get', path: '/api/session', summary: 'Who is signed in', response: Session },
  keepAlive: {
    method: 'post',
    path: '/api/session/keepalive',
    summary: 'Stay logged in',
    body: Empty,
    response: Session,
  },
  logout: {
    method: 'post',
    path: '/api/logout',
    summary: 'End the session',
    body: Empty,
    response: Done,
  },
  changePassword: {
    method: 'post',
    path: '/api/setup/password',
    summary: 'STEP3: set the new password',
    body: ChangePasswordBody,
    response: Session,
  },
  chooseMethod: {
    method: 'post',
    path: '/api/setup/method',
    summary: 'STEP4 (Portal Admin only): choose the second method',
    body: ChooseMethodBody,
    response: Session,
  },
  totpStart: {
    method: 'post',
    path: '/api/setup/totp',
    summary: 'STEP5: the secret and otpauth URI (same until registered)',
    body: Empty,
    response: TotpSetup,
  },
  totpRegister: {
    method: 'post',
    path: '/api/setup/totp/register',
    summary: 'STEP5: register the authenticator with a code',
    body: VerifyBody,
    response: Done,
  },
  mailSend: {
    method: 'post',
    path: '/api/setup/mail/send',
    summary: `STEP5 MailOTP: send (or resend after ${policy.mailCode.resendSeconds} s) a code`,
    body: Empty,
    response: MailSent,
  },
  mailRegister: {
    method: 'post',
    path: '/api/setup/mail/register',
    summary: 'STEP5 MailOTP: register with the mailed code',
    body: VerifyBody,
    response: Done,
  },
  adminUsers: { method: 'get', path: '/api/admin/users', summary: 'Users', response: AdminUsers },
  adminSwitch: {
    method: 'post',
    path: '/api/admin/users/:userId/method',
    summary: 'Switch a general user between TOTP and MailOTP',
    body: ChooseMethodBody,
    response: AdminUser,
  },
  adminReset: {
    method: 'post',
    path: '/api/admin/users/:userId/reset',
    summary: "Reset a general user's 2-step registration (409 `wrong_step` if none is registered)",
    body: Empty,
    response: AdminUser,
  },
  adminUnlock: {
    method: 'post',
    path: '/api/admin/users/:userId/unlock',
    summary: 'Unlock a locked account',
    body: Empty,
    response: AdminUser,
  },
  adminAudit: {
    method: 'get',
    path: '/api/admin/audit',
    summary: 'Audit list',
    response: AuditList,
  },
  mailbox: {
    method: 'get',
    path: '/api/mock/mailbox',
    summary: 'Mock only: the mails the portal sent',
    response: Mailbox,
    mockOnly: true,
  },
  resetDemo: {
    method: 'post',
    path: '/api/mock/reset',
    summary: 'Mock only: back to the seeded demo accounts',
    body: Empty,
    response: Done,
    mockOnly: true,
  },
  mockScenario: {
    method: 'post',
    path: '/api/mock/scenario',
    summary: "Mock only: put this browsing context's own portal in a named state",
    body: ScenarioBody,
    response: ScenarioPlan,
    mockOnly: true,
  },
} satisfies Record<string, Endpoint>

export type EndpointName = keyof typeof endpoints
