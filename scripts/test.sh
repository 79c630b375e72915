#!/usr/bin/env bash
# The whole check, as CI runs it: every step runs, the summary counts every test, and the
# exit code is non-zero when anything failed.
set -uo pipefail
cd "$(dirname "$0")/.."
mkdir -p reports
rm -f reports/vitest.json reports/e2e.json reports/conformance-*.json
failed_steps=()

step() {
  local name=$1
  shift
  echo "::: ${name}"
  if ! "$@"; then failed_steps+=("${name}"); fi
}

# A throwaway PostgreSQL for the server's tests; without one they are skipped, saying why.
echo "::: PostgreSQL (Debian's postgresql)"
if pg_url="$(bash scripts/postgres.sh)"; then
  echo "started at ${pg_url}"
else
  pg_url=""
  echo "PostgreSQL runs skipped: it could not start here (reason above)"
fi
trap 'bash scripts/postgres.sh stop' EXIT

step "type-check" npm run typecheck --silent
step "lint and format" node_modules/.bin/biome ci .
step "architecture walls" node_modules/.bin/tsx scripts/walls.ts
step "unit and API tests" env TEST_DATABASE_URL="${pg_url}" node_modules/.bin/vitest run --reporter=default --reporter=json \
  --outputFile.json=reports/vitest.json
step "conformance: Node server on PGlite" node_modules/.bin/tsx scripts/conformance.ts \
  --server pglite --report reports/conformance-pglite.json
if [ -n "${pg_url}" ]; then
  step "conformance: Node server on PostgreSQL" env DATABASE_URL="${pg_url}" \
    node_modules/.bin/tsx scripts/conformance.ts --server postgres \
    --report reports/conformance-postgres.json
fi
step "production build" npm run build --silent
step "real-server build (VITE_MOCK=off)" npm run build:real --silent
step "bundle budgets (size-limit)" node_modules/.bin/size-limit
step "e2e (Playwright)" node_modules/.bin/playwright test

node_modules/.bin/tsx scripts/summary.ts
status=$?
if [ ${#failed_steps[@]} -gt 0 ]; then
  echo "failed steps: ${failed_steps[*]}"
  status=1
fi
exit "${status}"
