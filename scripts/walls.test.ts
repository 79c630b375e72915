import { describe, expect, it } from 'vitest'
import { crossings, sources } from './walls'

const tree = sources('.')

/** The tree with one more file, `file`, holding `source`. */
const planted = (file: string, source: string) => crossings(new Map([...tree, [file, source]]))

describe('the architecture walls', () => {
  it('hold in the tree as it is', () => {
    expect(tree.size).toBeGreaterThan(100)
    expect(crossings(tree)).toEqual([])
  })

  it.each([
    [
      'a feature importing another',
      'src/features/login/components/planted.tsx',
      "import { PasswordPage } from '../../setup/components/password-page'",
      /feature "login" imports feature "setup"/,
    ],
    [
      'shared code importing a feature',
      'src/lib/planted.ts',
      "export { UsersPage } from '../features/admin/components/users-page'",
      /shared code imports feature "admin"/,
    ],
    [
      'the app reaching into the mock',
      'src/features/login/api/planted.ts',
      "const db = await import('../../../../mocks/db')",
      /reaches the mock only through mocks\/browser/,
    ],
    [
      'the mock reading the app',
      'mocks/handlers/planted.ts',
      "import { api } from '../../src/lib/api'",
      /mocks\/ reads only the contract and the i18n catalog/,
    ],
    [
      'the contract importing the app',
      'src/contract/planted.ts',
      "import { useMessages } from '../i18n'",
      /the contract imports nothing of the app/,
    ],
    [
      'a screen importing a route',
      'src/components/planted.tsx',
      "import { pages } from '../../app/pages'",
      /never import app\//,
    ],
    [
      'the portal core importing msw',
      'mocks/handlers/planted.ts',
      "import { http } from 'msw'",
      /the portal core knows no transport/,
    ],
    [
      'the portal core importing Node',
      'mocks/planted.ts',
      "import { scrypt } from 'node:crypto'",
      /Node modules belong to server\//,
    ],
    [
      'the app reaching into the server',
      'src/lib/planted.ts',
      "import { portalApi } from '../../server/api'",
      /nothing of the app or the core imports it/,
    ],
  ])('stop %s', (_, file, source, rule) => {
    const found = planted(file, source)
    expect(found).toHaveLength(1)
    expect(found[0]).toMatch(rule)
  })

  it('let through what the architecture allows', () => {
    expect(
      planted('app/routes/planted.tsx', "import { X } from '../../src/features/setup/x'"),
    ).toEqual([])
    expect(planted('mocks/planted.ts', "import { en } from '../src/i18n/en'")).toEqual([])
    expect(
      planted('src/features/login/x.tsx', "import { demoAccounts } from '../../../mocks/door'"),
    ).toEqual([])
  })
})
