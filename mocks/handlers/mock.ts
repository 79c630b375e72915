import { HttpResponse, http } from 'msw'
import { endpoints } from '../../src/contract'
import { resetDb } from '../db'
import { endpoint } from '../http'
import { clearCookie } from '../session'

export const mockHandlers = [
  endpoint(endpoints.mailbox, ({ db, url }) => {
    const to = url.searchParams.get('to')
    return { mails: db.mails.filter((m) => !to || m.to === to).toReversed() }
  }),

  http.post(`*${endpoints.resetDemo.path}`, async () => {
    await resetDb()
    return HttpResponse.json({ ok: true }, { headers: { 'Set-Cookie': clearCookie } })
  }),
]
