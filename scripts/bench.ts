/** `npm run bench`: see scripts/bench/main.ts and docs/perf.md. */
import './bench/main.ts'
