import { config } from 'zod'

// Every schema here is parsed a few times per page at most: compiling a parser for each one
// (zod's default, with `new Function`) costs more main-thread time than it saves, and would need
// 'unsafe-eval' under a Content Security Policy.
config({ jitless: true })
