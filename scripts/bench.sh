#!/usr/bin/env bash
# Runs one benchmark (bench/NAME.bench.ts) against the test database and Redis:
# the same set-up as the tests (generated .env.test, services started when missing).
set -euo pipefail
cd "$(dirname "$0")/.."
name="$1"; shift
if [ ! -d node_modules ]; then npm install --no-audit --no-fund; fi
# BENCH_ENV_FILE=.env runs against the demo installation instead (the fault and
# soak runs stop and restart its Redis and PostgreSQL).
env_file="${BENCH_ENV_FILE:-.env.test}"
if [ "$env_file" = .env.test ]; then REDIS_AUTH=none bash scripts/env.sh .env.test casebook_test 3100 6380 >&2; else bash scripts/env.sh "$env_file" >&2; fi
ENV_FILE="$env_file" bash scripts/services.sh
npm run --silent build >&2
set -a; . "./$env_file"; set +a
npm run --silent migration:run >/dev/null
exec node --enable-source-maps "dist/bench/$name.bench.js" "$@"
