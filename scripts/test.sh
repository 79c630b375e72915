#!/usr/bin/env bash
# The whole check, as CI runs it: every step runs, the summary counts every test, and the
# exit code is non-zero when anything failed.
set -uo pipefail
cd "$(dirname "$0")/.."
mkdir -p reports
rm -f reports/vitest.json reports/e2e.json
failed_steps=()

step() {
  local name=$1
  shift
  echo "::: ${name}"
  if ! "$@"; then failed_steps+=("${name}"); fi
}

step "type-check" npm run typecheck --silent
step "lint and format" node_modules/.bin/biome ci .
step "architecture walls" node_modules/.bin/tsx scripts/walls.ts
step "unit and API tests" node_modules/.bin/vitest run --reporter=default --reporter=json \
  --outputFile.json=reports/vitest.json
step "production build" npm run build --silent
step "bundle budgets (size-limit)" node_modules/.bin/size-limit
step "e2e (Playwright)" node_modules/.bin/playwright test

node_modules/.bin/tsx scripts/summary.ts
status=$?
if [ ${#failed_steps[@]} -gt 0 ]; then
  echo "failed steps: ${failed_steps[*]}"
  status=1
fi
exit "${status}"
