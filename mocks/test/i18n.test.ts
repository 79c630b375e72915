import { beforeAll, describe, expect, it } from 'vitest'
import { sendMail } from '../mail'
import { localeOf, textIn, withTexts } from '../messages'
import { seedDb } from '../seed'
import { BASE, withMockPortal } from './client'

withMockPortal()
beforeAll(() => withTexts('ja'))

async function post(path: string, body: string, language?: string) {
  const response = await fetch(`${BASE}${path}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(language ? { 'accept-language': language } : {}),
    },
    body,
  })
  return { status: response.status, json: (await response.json()) as Record<string, unknown> }
}

const wrongLogin = JSON.stringify({ userId: 'user01', password: 'Wrong0pass' })

describe('the portal answers in the language the request asks for', () => {
  it('English without Accept-Language, Japanese for ja and ja-JP', async () => {
    const plain = await post('/api/login/one-step', wrongLogin)
    expect(plain.json.message).toBe(textIn('en', 'error.invalid_credentials'))
    for (const language of ['ja', 'ja-JP,ja;q=0.9,en;q=0.8']) {
      const answer = await post('/api/login/one-step', wrongLogin, language)
      expect(answer).toMatchObject({ status: 401, json: { code: 'invalid_credentials' } })
      expect(answer.json.message).toBe(textIn('ja', 'error.invalid_credentials'))
    }
  })

  it('names broken rules in Japanese too', async () => {
    const answer = await post('/api/login/one-step', '{"userId":""', 'ja')
    expect(answer.status).toBe(400)
    expect(answer.json.message).toBe(
      `${textIn('ja', 'error.bad_request')}${textIn('ja', 'request.badJson')}。`,
    )
  })

  it('names a value of the wrong kind in words of the language, not in English', async () => {
    const answer = await post('/api/login/two-step', '{"userId":123,"password":"x"}', 'ja')
    expect(answer.status).toBe(400)
    expect(answer.json.fields).toEqual({ userId: ['request.badValue'] })
    expect(answer.json.message).toBe(
      `${textIn('ja', 'error.bad_request')}${textIn('ja', 'request.badValue')}。`,
    )
    expect(answer.json.message).not.toMatch(/[A-Za-z]/)
  })

  it('falls back to English for a language it does not have', async () => {
    const answer = await post('/api/login/one-step', wrongLogin, 'fr-FR,de;q=0.5')
    expect(answer.json.message).toBe(textIn('en', 'error.invalid_credentials'))
  })

  it('reads the first language it has from the header', () => {
    const of = (value: string) =>
      localeOf(new Request(BASE, { headers: { 'accept-language': value } }))
    expect(of('fr, ja;q=0.8, en;q=0.5')).toBe('ja')
    expect(of('en-GB, ja')).toBe('en')
    expect(of('')).toBe('en')
  })
})

describe('mails are written in the language of the request that sent them', () => {
  it('a code mail in Japanese, with the code in it', async () => {
    const db = await seedDb()
    db.mails = []
    const locale = await withTexts('ja')
    sendMail(db, 'a@example.com', { locale, now: 0 }, 'code', { code: '123456' })
    expect(db.mails[0]).toMatchObject({
      subject: textIn('ja', 'mail.code.subject', { code: '123456' }),
      body: textIn('ja', 'mail.code.body', { code: '123456' }),
    })
  })
})
