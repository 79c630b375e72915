import type { AdminUser } from '../../../contract'
import { setupStep } from '../../../contract/setup'
import { fill, type Locale } from '../../../i18n'
import { methodName, otherMethod, type Words } from './words'

export type ActionKind = 'switch' | 'reset' | 'unlock'
export type PendingAction = { kind: ActionKind; user: AdminUser }

/** The question, what the action does for this user as they are, its button, and its news. */
type Said = { title: string; effects: string[]; confirm: string; done: string }

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
    until: user.lockedUntil ?? '',
  }
  const say = (...templates: string[]) =>
    templates.map((template) => fill(template, values, locale))
  if (kind === 'switch') {
    const [title = '', done = '', confirm = ''] = say(t.switchTitle, t.switchDone, t.confirmSwitch)
    const step = setupStep(user)
    const effects =
      step === 'done'
        ? say(t.switchStops, t.endsSessions, t.switchMail, t.switchNext)
        : step === 'password'
          ? say(t.switchNotStarted, t.endsSessions, t.switchMail)
          : say(t.switchNotRegistered, t.endsSessions, t.switchMail)
    return { title, effects, confirm, done }
  }
  if (kind === 'reset') {
    const [title = '', done = ''] = say(t.resetTitle, t.resetDone)
    return {
      title,
      effects: say(t.resetStops, t.endsSessions, t.resetMail, t.resetNext),
      confirm: t.confirmReset,
      done,
    }
  }
  const [title = '', done = ''] = say(t.unlockTitle, t.unlockDone)
  return {
    title,
    confirm: t.confirmUnlock,
    effects: say(
      user.lockedUntil === null ? t.unlockNow : t.unlockNowUntil,
      t.unlockCount,
      t.unlockMail,
      t.unlockOnly,
    ),
    done,
  }
}
