/** Writes docs/openapi.json from the zod contract (npm run openapi). */
import { mkdirSync, writeFileSync } from 'node:fs'
import { openApiDocument } from '../src/contract/openapi'

const document = openApiDocument()
mkdirSync('docs', { recursive: true })
writeFileSync('docs/openapi.json', `${JSON.stringify(document, null, 2)}\n`)
console.log(`docs/openapi.json: ${Object.keys(document.paths).length} paths`)
