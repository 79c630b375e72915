import { useCallback, useEffect, useRef, useState } from 'react'
import { type ScenarioInfo, scenarios, screens } from '../../../../mocks/door'
import { PageHeading } from '../../../components/PageHeading'
import { fill, localizePath, terms, useLocale, useMessages } from '../../../i18n'
import { useHydrated } from '../../../lib/use-hydrated'
import { messages, screenNames, stateNames } from './messages'
import { Preview, previewSizes } from './preview'
import './gallery.css'

function Entry({
  scenario,
  open,
  onOpenChange,
  dark,
}: {
  scenario: ScenarioInfo
  open: boolean
  onOpenChange: (name: string, open: boolean) => void
  dark: boolean
}) {
  const t = useMessages(messages)
  const locale = useLocale()
  const states = useMessages(stateNames)
  const details = useRef<HTMLDetailsElement>(null)
  const state = states[scenario.name] ?? scenario.title
  const previewsName = fill(t.previewsOf, { state })
  // A disclosure opened before the scripts ran shows its previews once they run.
  useEffect(() => {
    if (details.current?.open) onOpenChange(scenario.name, true)
  }, [onOpenChange, scenario.name])
  return (
    <li className="gallery__entry">
      <div className="gallery__entry-head">
        <a href={localizePath(locale, `/scenario/${scenario.name}`)}>{terms(state)}</a>
        <code className="gallery__name">{scenario.name}</code>
      </div>
      <details
        ref={details}
        className="gallery__previews"
        open={open}
        onToggle={(event) => onOpenChange(scenario.name, event.currentTarget.open)}
        // Opened before the scripts ran, it is open in the page and closed in the first render.
        suppressHydrationWarning
      >
        <summary className="link-button" aria-label={previewsName}>
          {t.previews}
        </summary>
        {open ? (
          <ul className="gallery__sizes" aria-label={previewsName}>
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
        ) : (
          <p className="caption">{t.previewsWait}</p>
        )}
      </details>
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
  const [opened, setOpened] = useState<ReadonlySet<string>>(() => new Set())
  const [dark, setDark] = useState(false)
  const ready = useHydrated()
  const onOpenChange = useCallback(
    (name: string, open: boolean) =>
      setOpened((current) => {
        if (current.has(name) === open) return current
        const next = new Set(current)
        if (open) next.add(name)
        else next.delete(name)
        return next
      }),
    [],
  )
  const groups = screens
    .map((screen) => ({ screen, entries: scenarios.filter((s) => s.screen === screen.id) }))
    .filter((group) => group.entries.length > 0)
  return (
    <div className="gallery">
      <PageHeading caption={t.caption}>{t.title}</PageHeading>
      <p>{t.intro}</p>
      <p>{fill(t.count, { screens: groups.length, states: scenarios.length })}</p>
      {/* The previews are native disclosures; only these two need the scripts. */}
      <fieldset className="gallery__controls" disabled={!ready}>
        <Toggle
          id="gallery-show-all"
          label={t.showAll}
          hint={t.showAllHint}
          checked={opened.size === scenarios.length}
          onChange={(all) => setOpened(new Set(all ? scenarios.map((s) => s.name) : []))}
        />
        <Toggle id="gallery-dark" label={t.dark} checked={dark} onChange={setDark} />
      </fieldset>
      {groups.map(({ screen, entries }) => (
        <section key={screen.id} aria-labelledby={`gallery-${screen.id}`}>
          <h2 id={`gallery-${screen.id}`}>
            {screen.id === 'X' ? '' : `${screen.id} `}
            {names[screen.id] ?? screen.name}
          </h2>
          <ul className="gallery__entries">
            {entries.map((scenario) => (
              <Entry
                key={scenario.name}
                scenario={scenario}
                open={opened.has(scenario.name)}
                onOpenChange={onOpenChange}
                dark={dark}
              />
            ))}
          </ul>
        </section>
      ))}
    </div>
  )
}
