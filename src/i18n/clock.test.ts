import { describe, expect, it } from 'vitest'
import { moment } from './catalog'
import { timeOf } from './index'

/** Today at this time of day in the browser's time zone, as the screens get a moment (epoch ms). */
function at(time: string): number {
  const [hours = 0, minutes = 0] = time.split(':').map(Number)
  return new Date(2027, 2, 31, hours, minutes).getTime()
}

describe('a time of day on the screens (a mailed code valid until …)', () => {
  it.each([
    ['13:46', '1:46 PM', '13:46'],
    ['00:05', '12:05 AM', '0:05'],
    ['12:00', '12:00 PM', '12:00'],
    ['09:30', '9:30 AM', '9:30'],
    ['23:59', '11:59 PM', '23:59'],
  ])('%s is written %s in English and %s in Japanese', (time, en, ja) => {
    expect(timeOf(at(time), 'en')).toBe(en.replace(' ', '\u00a0'))
    expect(timeOf(at(time), 'ja')).toBe(ja)
  })
})

describe("a moment on the screens (a lock's end)", () => {
  it('has its date, the time of day written as above, and its time zone', () => {
    expect(moment(at('09:30'), 'en')).toMatch(/^March 31, 2027 at 9:30\sAM \S+$/)
    expect(moment(at('21:05'), 'en')).toMatch(/^March 31, 2027 at 9:05\sPM \S+$/)
    expect(moment(at('09:30'), 'ja')).toMatch(/^2027年3月31日 9:30 \S+$/)
  })
})
