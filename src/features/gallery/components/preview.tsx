import { PORTAL_PREFIX } from '../../../../mocks/door'
import { localizePath, useLocale } from '../../../i18n'

/** A phone and a desktop, each shown at a scale that fits beside the other. */
export const previewSizes = [
  { width: 360, height: 720, scale: 0.5 },
  { width: 1280, height: 800, scale: 0.25 },
] as const

/**
 * A scenario running in an iframe at its real width, scaled down. The frame's name gives it a
 * portal of its own (the same one each time, so reloading the gallery does not pile them up);
 * it is inert: a picture, not a second app to tab through (the link above opens the real one).
 */
export function Preview({
  name,
  title,
  size,
  dark,
}: {
  name: string
  title: string
  size: (typeof previewSizes)[number]
  /** The screen in the dark colour scheme (an iframe's scheme follows its element's). */
  dark: boolean
}) {
  const { width, height, scale } = size
  const locale = useLocale()
  return (
    <div className="preview" style={{ width: width * scale, height: height * scale }} inert>
      <iframe
        className="preview__frame"
        src={localizePath(locale, `/scenario/${name}`)}
        name={`${PORTAL_PREFIX}g-${name}-${width}.preview`}
        title={title}
        loading="lazy"
        width={width}
        height={height}
        style={{ transform: `scale(${scale})`, colorScheme: dark ? 'dark' : undefined }}
      />
    </div>
  )
}
