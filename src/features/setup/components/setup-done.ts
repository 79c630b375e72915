/** This tab just finished the setup: lets S6 survive a reload without a session. */
export const SETUP_DONE_KEY = 'bp2s.setupDone'

export function markSetupDone(): void {
  sessionStorage.setItem(SETUP_DONE_KEY, '1')
}
