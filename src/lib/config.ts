/** `VITE_MOCK=off` talks to a real portal at `VITE_API_BASE_URL` instead of the in-browser mock. */
export const mockEnabled = import.meta.env.VITE_MOCK !== 'off'
export const apiBaseUrl: string = import.meta.env.VITE_API_BASE_URL ?? ''
