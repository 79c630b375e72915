import type { AdminUser } from '../../../contract'
import { clockTime, methodLong, methodName, otherMethod } from './words'

export type ActionKind = 'switch' | 'reset' | 'unlock'
export type PendingAction = { kind: ActionKind; user: AdminUser }

type Words = { title: string; effects: string[]; done: string }

/** What each action does, said before it is confirmed and after it is done. */
export function wordsFor({ kind, user }: PendingAction): Words {
  const id = user.userId
  const next = otherMethod(user.method)
  const endsSessions = `All of ${id}'s sessions end now: ${id} is logged out everywhere.`
  if (kind === 'switch') {
    return {
      title: `Switch ${id} to ${methodName[next]}?`,
      effects: [
        `${id}'s current method, ${methodLong[user.method]}, stops working at once.`,
        endsSessions,
        `${id} gets an email saying that the method was changed.`,
        `At the next login, ${id} goes through the ${methodName[next]} setup (STEP5) before using the portal. The password stays the same.`,
      ],
      done: `${id} now uses ${methodLong[next]}. ${id} was logged out, was sent an email, and sets up ${methodName[next]} at the next login.`,
    }
  }
  if (kind === 'reset') {
    return {
      title: `Reset 2-step registration of ${id}?`,
      effects: [
        `${id}'s registered ${methodLong[user.method]} is deleted and stops working at once.`,
        endsSessions,
        `${id} gets an email saying that the 2-step verification was reset.`,
        `At the next login, ${id} goes straight to the ${methodName[user.method]} setup (STEP5). The password stays the same.`,
      ],
      done: `The 2-step registration of ${id} was reset. ${id} was logged out, was sent an email, and sets up ${methodName[user.method]} again at the next login.`,
    }
  }
  const until = user.lockedUntil === null ? '' : ` instead of after ${clockTime(user.lockedUntil)}`
  return {
    title: `Unlock ${id}?`,
    effects: [
      `${id} can log in again at once${until}.`,
      `The count of failed attempts for ${id} starts again from zero.`,
      `Unlock only when you know it was ${id} who failed to log in.`,
    ],
    done: `${id} is unlocked and can log in again.`,
  }
}
