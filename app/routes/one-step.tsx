import { OneStepPage } from '../../src/features/login/components/one-step-page'

export default OneStepPage
