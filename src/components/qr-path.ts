import { encode } from 'uqr'

/** A QR code drawn as one SVG path of its dark modules, `size` modules square with the margin. */
export type QrPath = { size: number; path: string }

/** The quiet zone every reader needs around the code, in modules. */
const MARGIN = 4

export function qrPath(value: string): QrPath {
  const { data, size } = encode(value, { ecc: 'M', boostEcc: true, border: 0 })
  let path = ''
  data.forEach((row, y) => {
    let x = 0
    while (x < size) {
      if (!row[x]) {
        x++
        continue
      }
      const start = x
      while (row[x]) x++
      path += `M${start + MARGIN} ${y + MARGIN}h${x - start}v1h${start - x}z`
    }
  })
  return { size: size + 2 * MARGIN, path }
}
