/** `VITE_MOCK=off` talks to a real portal at `VITE_API_BASE_URL` instead of the in-browser mock. */
export const mockEnabled = import.meta.env.VITE_MOCK !== 'off'
export const apiBaseUrl: string = import.meta.env.VITE_API_BASE_URL ?? ''

/** The portal's setting: the last day the old 1-step login works (`VITE_OLD_LOGIN_ENDS_ON`). */
export const oldLoginEndsOn: string = import.meta.env.VITE_OLD_LOGIN_ENDS_ON ?? '2027-03-31'
