import type { Method, Role } from '../src/contract'

export type DemoAccount = {
  userId: string
  password: string
  name: string
  role: Role
  method: Method
  registered: boolean
  secret?: string
  methodChosen?: false
}

/** DESIGN.md section 3; the README and the login chooser list the same. */
export const demoAccounts: DemoAccount[] = [
  {
    userId: 'user01',
    password: 'welcome1',
    name: 'Aiko Tanaka',
    role: 'general',
    method: 'totp',
    registered: false,
  },
  {
    userId: 'user02',
    password: 'Secure2024',
    name: 'Ben Carter',
    role: 'general',
    method: 'totp',
    registered: true,
    secret: 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP',
  },
  {
    userId: 'user03',
    password: 'welcome3',
    name: 'Chika Sato',
    role: 'general',
    method: 'mail',
    registered: false,
  },
  {
    userId: 'admin01',
    password: 'Admin2024x',
    name: 'Dana Ito',
    role: 'admin',
    method: 'totp',
    registered: true,
    secret: 'KRSXG5CTMVRXEZLUKRSXG5CTMVRXEZLU',
  },
  {
    userId: 'admin02',
    password: 'adminpass2',
    name: 'Eiji Mori',
    role: 'admin',
    method: 'totp',
    registered: false,
    methodChosen: false,
  },
]
