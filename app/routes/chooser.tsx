import { ChooserPage } from '../../src/features/login/components/chooser-page'

export default ChooserPage
