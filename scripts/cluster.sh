#!/usr/bin/env bash
# Two API processes and two workers on one machine, sharing PostgreSQL and
# Redis, as several nodes would behind a load balancer:
#   npm run cluster        (APIs on PORT and PORT+1; Ctrl-C stops all four)
# Configuration as for `npm run demo` (.env). Put any HTTP load balancer in
# front (nginx, HAProxy, a cloud LB) with /health/ready as its health check.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -f dist/apps/api/src/main.js ] || npm run --silent build
set -a; . ./.env; set +a
bash scripts/services.sh
npm run --silent migration:run >/dev/null
pids=()
stop() { trap - INT TERM EXIT; for pid in "${pids[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done; wait 2>/dev/null || true; }
trap stop INT TERM EXIT
for offset in 0 1; do
  PORT=$((PORT + offset)) node --enable-source-maps dist/apps/api/src/main.js & pids+=($!)
done
for _ in 1 2; do node --enable-source-maps dist/apps/worker/src/main.js & pids+=($!); done
echo "[cluster] APIs on http://127.0.0.1:${PORT} and http://127.0.0.1:$((PORT + 1)); two workers. Ctrl-C stops all." >&2
wait -n "${pids[@]}"
