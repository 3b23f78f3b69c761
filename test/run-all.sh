#!/usr/bin/env bash
# `npm test`: type-check, then unit + core tests, then end-to-end tests in Chromium, then one
# plain closing line "N passed, N failed" (CI reads it). Exits non-zero on any failure.
set -uo pipefail
cd "$(dirname "$0")/.."
export NO_COLOR=1
mkdir -p test-results
rm -f test-results/*.json
status=0

echo "== type-check =="
npx tsc -p tsconfig.json --noEmit || status=1

echo "== unit and core tests =="
npx vitest run --reporter=default --reporter=json --outputFile.json=test-results/unit.json || status=1

if [ -f vitest.e2e.config.ts ]; then
  echo "== end-to-end tests (Chromium) =="
  npx vitest run --config vitest.e2e.config.ts --reporter=default --reporter=json --outputFile.json=test-results/e2e.json || status=1
fi

npx tsx test/summarize.ts test-results/*.json || status=1
exit $status
