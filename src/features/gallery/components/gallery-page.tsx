import { useId, useState } from 'react'
import { type ScenarioInfo, scenarios, screens } from '../../../../mocks/door'
import { PageHeading } from '../../../components/PageHeading'
import { fill, localizePath, useLocale, useMessages } from '../../../i18n'
import { useHydrated } from '../../../lib/use-hydrated'
import { messages, screenNames, stateNames } from './messages'
import { Preview, previewSizes } from './preview'
import './gallery.css'

function Entry({
  scenario,
  showAll,
  dark,
}: {
  scenario: ScenarioInfo
  showAll: boolean
  dark: boolean
}) {
  const t = useMessages(messages)
  const locale = useLocale()
  const states = useMessages(stateNames)
  const [open, setOpen] = useState(false)
  const previewsId = useId()
  const state = states[scenario.name] ?? scenario.title
  const shown = open || showAll
  return (
    <li className="gallery__entry">
      <div className="gallery__entry-head">
        <a href={localizePath(locale, `/scenario/${scenario.name}`)}>{state}</a>
        <code className="gallery__name">{scenario.name}</code>
        {showAll ? null : (
          <button
            type="button"
            className="link-button"
            aria-expanded={open}
            aria-controls={previewsId}
            onClick={() => setOpen(!open)}
          >
            {open ? t.hide : t.show}
          </button>
        )}
      </div>
      <div id={previewsId} className="gallery__previews">
        {shown ? (
          <ul className="gallery__sizes" aria-label={fill(t.previewsOf, { state })}>
            {previewSizes.map((size) => (
              <li key={size.width}>
                <Preview
                  dark={dark}
                  name={scenario.name}
                  size={size}
                  title={fill(t.frameTitle, { state, width: size.width })}
                />
                <span className="gallery__width">{fill(t.width, { width: size.width })}</span>
              </li>
            ))}
          </ul>
        ) : null}
      </div>
    </li>
  )
}

/** A checkbox of the gallery's own, with its label and an optional hint. */
function Toggle({
  id,
  label,
  hint,
  checked,
  onChange,
}: {
  id: string
  label: string
  hint?: string
  checked: boolean
  onChange: (checked: boolean) => void
}) {
  return (
    <div className="gallery__toggle">
      <input
        id={id}
        type="checkbox"
        checked={checked}
        onChange={(event) => onChange(event.target.checked)}
        aria-describedby={hint ? `${id}-hint` : undefined}
      />
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <p id={`${id}-hint`} className="caption">
          {hint}
        </p>
      ) : null}
    </div>
  )
}

/** Mock mode only: every screen × state, each a link that opens it, with previews. */
export function GalleryPage() {
  const t = useMessages(messages)
  const names = useMessages(screenNames)
  const [showAll, setShowAll] = useState(false)
  const [dark, setDark] = useState(false)
  const ready = useHydrated()
  const groups = screens
    .map((screen) => ({ screen, entries: scenarios.filter((s) => s.screen === screen.id) }))
    .filter((group) => group.entries.length > 0)
  return (
    <div className="gallery">
      <PageHeading caption={t.caption}>{t.title}</PageHeading>
      <p>{t.intro}</p>
      <p>{fill(t.count, { screens: groups.length, states: scenarios.length })}</p>
      {/* Its controls work once the page is hydrated: one attribute disables them all until then. */}
      <fieldset className="gallery__controls" disabled={!ready}>
        <Toggle
          id="gallery-show-all"
          label={t.showAll}
          hint={t.showAllHint}
          checked={showAll}
          onChange={setShowAll}
        />
        <Toggle id="gallery-dark" label={t.dark} checked={dark} onChange={setDark} />
        {groups.map(({ screen, entries }) => (
          <section key={screen.id} aria-labelledby={`gallery-${screen.id}`}>
            <h2 id={`gallery-${screen.id}`}>
              {screen.id === 'X' ? '' : `${screen.id} `}
              {names[screen.id] ?? screen.name}
            </h2>
            <ul className="gallery__entries">
              {entries.map((scenario) => (
                <Entry key={scenario.name} scenario={scenario} showAll={showAll} dark={dark} />
              ))}
            </ul>
          </section>
        ))}
      </fieldset>
    </div>
  )
}
