import type { Page } from '@playwright/test'
import { demoAccounts } from '../mocks/demo-accounts'

/**
 * Latin words a Japanese screen may show: product and brand names, the guide's step names,
 * the language switch's "English", and the users' own data (IDs, names, addresses, keys).
 */
const allowedLatin = new Set([
  'TOTP',
  'MailOTP',
  'QR',
  'ID',
  'Google',
  'Microsoft',
  'Authenticator',
  'App',
  'Store',
  'Play',
  'iPhone',
  'iPad',
  'Android',
  'English',
  'JSON',
  // a time's zone, as Intl writes it in Japanese too
  'UTC',
  'GMT',
  ...demoAccounts.flatMap((a) => [a.userId, ...a.name.split(' ')]),
])

const japanese = /[\u3040-\u30ff\u3400-\u9fff\uff00-\uffef]/

/** Every text a user meets on the page, seen or heard: visible text and accessible names. */
function textsOf(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const skip = (el: Element | null) =>
      Boolean(el?.closest('script, style, code, [data-testid="setup-key"], [lang]:not(html)'))
    const texts: string[] = []
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT)
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!skip(node.parentElement) && node.textContent?.trim()) texts.push(node.textContent)
    }
    for (const el of document.querySelectorAll('[aria-label], [title], [alt], [placeholder]')) {
      if (skip(el)) continue
      for (const name of ['aria-label', 'title', 'alt', 'placeholder']) {
        const value = el.getAttribute(name)
        if (value) texts.push(value)
      }
    }
    texts.push(document.title)
    return texts
  })
}

/** Words left in English on a Japanese screen (user data and brand names aside). */
export async function englishLeft(page: Page): Promise<string[]> {
  const text = (await textsOf(page)).join(' ').replace(/\S+@\S+/g, ' ')
  const words = text.match(/[A-Za-z][A-Za-z0-9'’]*/g) ?? []
  const left = words.filter(
    (word) =>
      !allowedLatin.has(word) &&
      !/^STEP\d?$/.test(word) &&
      !/^[A-Za-z]$/.test(word) && // letters the password rules name: A–Z, a–z
      !/^[A-Z2-7]{4,}$/.test(word) && // setup keys, even outside their element
      !/^(s|min|x)$/.test(word), // units next to digits: 60 s
  )
  return [...new Set(left)]
}

/** Japanese left on an English screen (the language switch's own "日本語" aside). */
export async function japaneseLeft(page: Page): Promise<string[]> {
  return (await textsOf(page)).filter((text) => japanese.test(text))
}
