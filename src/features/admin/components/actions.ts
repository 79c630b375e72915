import type { AdminUser } from '../../../contract'
import { fill, type Locale, timeOf } from '../../../i18n'
import { methodName, otherMethod, type Words } from './words'

export type ActionKind = 'switch' | 'reset' | 'unlock'
export type PendingAction = { kind: ActionKind; user: AdminUser }

type Said = { title: string; effects: string[]; done: string }

/** What each action does, said before it is confirmed and after it is done. */
export function wordsFor({ kind, user }: PendingAction, t: Words, locale: Locale): Said {
  const long = { totp: t.totpLong, mail: t.mailLong }
  const next = otherMethod(user.method)
  const values = {
    id: user.userId,
    next: methodName[next],
    nextLong: long[next],
    current: methodName[user.method],
    currentLong: long[user.method],
    time: user.lockedUntil === null ? '' : timeOf(user.lockedUntil, locale),
  }
  const say = (...templates: string[]) =>
    templates.map((template) => fill(template, values, locale))
  if (kind === 'switch') {
    const [title = '', done = ''] = say(t.switchTitle, t.switchDone)
    return {
      title,
      effects: say(t.switchStops, t.endsSessions, t.switchMail, t.switchNext),
      done,
    }
  }
  if (kind === 'reset') {
    const [title = '', done = ''] = say(t.resetTitle, t.resetDone)
    return { title, effects: say(t.resetStops, t.endsSessions, t.resetMail, t.resetNext), done }
  }
  const [title = '', done = ''] = say(t.unlockTitle, t.unlockDone)
  return {
    title,
    effects: say(
      user.lockedUntil === null ? t.unlockNow : t.unlockNowUntil,
      t.unlockCount,
      t.unlockMail,
      t.unlockOnly,
    ),
    done,
  }
}
