import { TwoStepPage } from '../../src/features/login/components/two-step-page'

export default TwoStepPage
