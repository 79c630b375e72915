import { useLocalNavigate } from '../../../components/Link'
import { useInStep } from '../../../lib/use-recover'

/** This tab just finished the setup: lets S6 survive a reload without a session. */
const SETUP_DONE_KEY = 'bp2s.setupDone'

export function setupJustDone(): boolean {
  return sessionStorage.getItem(SETUP_DONE_KEY) === '1'
}

/**
 * A code form's submit on the last setup screen: registers the method, then shows S6 in place of
 * the setup screen, so that Back does not return to a setup that is over.
 */
export function useFinishSetup(register: (body: { code: string }) => Promise<unknown>) {
  const navigate = useLocalNavigate()
  return useInStep(async (body: { code: string }) => {
    await register(body)
    sessionStorage.setItem(SETUP_DONE_KEY, '1')
    navigate('/setup/complete', { replace: true })
  })
}
