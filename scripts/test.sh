#!/usr/bin/env bash
# The whole test suite: unit tests and integration tests against a real
# PostgreSQL and Redis (installed and started when missing).
#
# Each integration test file runs in a Jest process of its own, on a database
# migrated from zero: files cannot leak state into one another (BullMQ and
# in-process workers keep module-level state that Jest's in-band runner would
# share between files).
set -uo pipefail
cd "$(dirname "$0")/.."
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  # `npm install` (not `npm ci`) honours the lock file; `npm ci` rejects a lock
  # file that lacks the optional platform packages this registry does not serve.
  npm install --no-audit --no-fund || exit 1
fi
bash scripts/browser.sh || exit 1
REDIS_AUTH=none bash scripts/env.sh .env.test casebook_test 3100 6380 || exit 1
ENV_FILE=.env.test WITH_PGBOUNCER=1 bash scripts/services.sh || exit 1
npm run --silent build || exit 1
npm run --silent build:web >/dev/null || exit 1
# No import cycles between files (TypeORM's entity relations aside).
npm run --silent check:cycles || exit 1

results="$(mktemp -d)"
status=0
# (Each run is bounded: a test that fails with a queue or a worker still open can leave Jest waiting for ever, and the
# whole run must end within its 30 minutes. The longest file takes under two minutes.)
run() { # name, jest args...
  local name="$1"; shift
  timeout --kill-after=10 600 npx jest --ci --json --outputFile="$results/$name.json" "$@" || status=1
}
run unit --selectProjects unit
for file in tests/*.e2e.ts; do
  run "$(basename "$file" .e2e.ts)" --selectProjects integration --testPathPatterns "$file"
done
# The web app in a real browser (Debian's Chromium) against the real API and worker.
PLAYWRIGHT_JSON="$results/playwright.pw.json" npx playwright test || status=1
node -e '
  const fs = require("fs"); let passed = 0, failed = 0, files = 0, browser = 0;
  for (const f of fs.readdirSync(process.argv[1])) {
    const r = JSON.parse(fs.readFileSync(process.argv[1] + "/" + f, "utf8"));
    if (r.stats) { passed += r.stats.expected; failed += r.stats.unexpected + r.stats.flaky + (r.errors ?? []).length; browser += r.stats.expected + r.stats.unexpected; continue; }
    passed += r.numPassedTests; failed += r.numFailedTests + r.numRuntimeErrorTestSuites; files++;
  }
  console.log(`\n${files} Jest runs, ${browser} browser tests`);
  console.log(`tests: ${passed} passed, ${failed} failed`);
' "$results"
exit $status
