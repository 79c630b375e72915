/** English texts. Labels named in DESIGN.md section 1 are the guide's own words: keep them exact. */
export const en = {
  // server error codes
  'error.bad_request': 'The request was not understood. Check what you entered and try again.',
  'error.invalid_credentials': 'The user ID or password is not right.',
  'error.locked':
    'After {lockoutFailures} failed attempts, this account is locked. Try again after {until}, or ask your Portal Admin to unlock it.',
  'error.use_two_step':
    'You have set up 2-step verification, so the old login no longer works for you. Use "Log in with 2-step verification (new authentication method)".',
  'error.setup_required':
    'You have not done the initial setting for 2-step verification yet. Log in with 1-step verification (old authentication method) first and follow the steps.',
  'error.unauthenticated': 'You are not logged in. Log in again.',
  'error.session_expired': 'Your session has ended. Log in again.',
  'error.forbidden': 'You are not allowed to do this.',
  'error.wrong_step': 'This step is not available now. Continue from where you are.',
  'error.not_found': 'Not found.',
  'error.password_rule': 'The new password does not meet the rules.',
  'error.wrong_current_password': 'The current password is not right.',
  'error.code_format': 'Enter the {codeLength}-digit code',
  'error.code_invalid':
    'The code is not right. Check your authenticator app and enter the code it shows now.',
  'error.code_invalid_mail':
    'The code is not right. Check the newest email from Business Portal and enter its code.',
  'error.code_reused_mail': 'This code has already been used. Press "Resend code" for a new one.',
  'error.code_reused':
    'This code has already been used. Wait for your app to show a new code, then enter it.',
  'error.clock_skew':
    'The code is not right. The clock on your device looks about {minutes} min off: set it to the network time (automatic date and time) and try again.',
  'error.code_expired': 'This code has expired. Press "Resend code" to get a new one.',
  'error.too_soon': 'Please wait {seconds} seconds before asking for a new code.',
  'error.too_many_mails':
    'We have sent {mailsPerWindow} codes by email in the last {mailWindowMinutes} minutes, the most we send. Wait {minutes} min, then try again.',
  'error.challenge_over':
    'There were {wrongCodes} wrong codes for this login, so it has ended. Log in again with your user ID and password.',
  'error.unsupported_media_type': 'The portal only takes requests in JSON.',
  'error.server_error': 'Something went wrong on the portal. Try again in a moment.',
  'error.network': 'The portal could not be reached. Check your connection and try again.',
  'error.attemptsLeft': '{count} attempts left before the account is locked.',
  'error.attemptsLeftOne': '1 attempt left before the account is locked.',

  // field rules (zod messages are these keys)
  'userId.required': 'Enter your user ID',
  'userId.tooLong': 'The user ID is at most {userIdMax} characters',
  'password.required': 'Enter your password',
  'password.tooLong': 'The password is too long',
  'password.currentRequired': 'Enter your current password',
  'password.newRequired': 'Enter your new password',
  'password.confirmRequired': 'Enter your new password again to confirm it',
  'password.length': 'The new password must have {passwordMin} to {passwordMax} characters',
  'password.charset':
    'The new password may only use letters A–Z, a–z and digits 0–9 (no spaces, symbols or full-width characters)',
  'password.digit': 'The new password must contain at least one digit (0–9)',
  'password.case': 'The new password must contain an upper-case and a lower-case letter',
  'rule.password.length': '{passwordMin} to {passwordMax} characters',
  'rule.password.charset': 'Only letters A–Z, a–z and digits 0–9',
  'rule.password.digit': 'At least one digit',
  'rule.password.case': 'At least one upper-case and one lower-case letter',
  'password.sameAsCurrent': 'The new password must be different from the current password',
  'password.sameAsUserId': 'The new password must be different from your user ID',
  'password.mismatch': 'The passwords do not match',
  'code.format': 'Enter the {codeLength}-digit code',
  'request.badJson': 'The body is not valid JSON',
  'request.badValue': 'A value is not of the kind expected (text, a number, a list)',

  // the mock portal's mails and audit words
  'method.totp': 'an authenticator app (TOTP)',
  'method.mail': 'codes by email (MailOTP)',
  'mail.code.subject': 'Business Portal verification code: {code}',
  'mail.code.body':
    'Your verification code is {code}. It is valid for {mailValidMinutes} minutes and can be used once. If you did not try to log in, tell your Portal Admin.',
  'mail.setupDone.subject': 'Business Portal: 2-step verification is set up',
  'mail.setupDone.body':
    '2-step verification with {method} is now set up for {userId}. From now on, log in with 2-step verification. If this was not you, tell your Portal Admin at once.',
  'mail.switched.subject': 'Business Portal: your second verification method was changed',
  'mail.switched.body':
    'Your Portal Admin changed your second verification method to {method}. Your previous method no longer works. At your next login you will set up the new method.',
  'mail.reset.subject': 'Business Portal: your 2-step verification was reset',
  'mail.reset.body':
    'Your Portal Admin reset your 2-step verification. Your previous registration no longer works. At your next login you will set up {method} again.',
  'mail.unlocked.subject': 'Business Portal: your account was unlocked',
  'mail.unlocked.body':
    'Your Portal Admin unlocked your account {userId}. You can log in again. If you did not ask for this, tell your Portal Admin.',
} as const

export type MessageKey = keyof typeof en
