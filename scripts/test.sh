#!/usr/bin/env bash
# The whole test suite: unit tests and integration tests against a real
# PostgreSQL and Redis (installed and started when missing).
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  # `npm install` (not `npm ci`) honours the lock file; `npm ci` rejects a lock
  # file that lacks the optional platform packages this registry does not serve.
  npm install --no-audit --no-fund
fi
REDIS_AUTH=none bash scripts/env.sh .env.test casebook_test 3100 6380
ENV_FILE=.env.test bash scripts/services.sh
npm run --silent build
exec npx jest --ci "$@"
