import { config } from 'zod/mini'
import en from 'zod/v4/locales/en.js'

// Every schema here is parsed a few times per page at most: compiling a parser for each one
// (zod's default, with `new Function`) costs more main-thread time than it saves, and would need
// 'unsafe-eval' under a Content Security Policy.
// Rules carry their own message keys; zod's English names any other problem (a wrong type in a
// request to the mock, say), as the full zod did.
config({ ...en(), jitless: true })
