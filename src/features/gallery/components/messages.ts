import { scenarios, screens } from '../../../../mocks/door'
import { i18n } from '../../../i18n'

export const messages = i18n('gallery', {
  caption: 'Mock portal',
  title: 'Screen gallery',
  intro:
    'Every screen of the product in each of its states. Each state opens in a portal of its own (this tab keeps it until you leave it from the toolbar), so your own demo data stays as it is.',
  count: '{screens} screens, {states} states',
  showAll: 'Show previews of every state',
  dark: 'Previews in the dark colour scheme',
  showAllHint:
    'Each preview runs the app: they load as you scroll to them, which takes a while on a slow computer.',
  previews: 'Previews',
  previewsWait: 'The previews appear once this page’s scripts have loaded.',
  previewsOf: 'Previews of "{state}"',
  frameTitle: 'Preview of "{state}" at {width} px',
  width: '{width} px',
})

/** The guide's screen names, by screen id (S0 … S7, A1, M1). */
export const screenNames = i18n(
  'galleryScreens',
  Object.fromEntries(screens.map((s) => [s.id, s.name])) as Record<string, string>,
)

/** Each scenario's state, by scenario name. */
export const stateNames = i18n(
  'galleryStates',
  Object.fromEntries(scenarios.map((s) => [s.name, s.title])) as Record<string, string>,
)
