// @vitest-environment node
import { readFileSync } from 'node:fs'
import { expect, it } from 'vitest'
import { endpoints } from './endpoints'
import { openApiDocument } from './openapi'

it('the committed docs/openapi.json is the contract as it is now (npm run openapi)', () => {
  const committed = JSON.parse(readFileSync('docs/openapi.json', 'utf8'))
  expect(committed).toEqual(JSON.parse(JSON.stringify(openApiDocument())))
})

it('documents every endpoint with its method', () => {
  const { paths } = openApiDocument()
  for (const [name, spec] of Object.entries(endpoints)) {
    const path = spec.path.replace(/:(\w+)/g, '{$1}')
    expect(paths[path]?.[spec.method], name).toMatchObject({ operationId: name })
  }
})
