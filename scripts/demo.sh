#!/usr/bin/env bash
# `npm run demo`: everything a newcomer needs, on a fresh Debian/Ubuntu machine
# with Node 20: dependencies, PostgreSQL and Redis, a configuration with new
# secrets, the schema, demo data, the web app, then the API and the worker in the
# foreground. Ctrl-C stops both.
set -euo pipefail
cd "$(dirname "$0")/.."

node -e 'const [a,b]=process.versions.node.split(".").map(Number); if (a<20||(a===20&&b<19)) { console.error("Casebook needs Node.js 20.19 or newer (found "+process.versions.node+")"); process.exit(1) }'

if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  # `npm install` (not `npm ci`) honours the lock file; `npm ci` rejects a lock
  # file that lacks the optional platform packages this registry does not serve.
  npm install --no-audit --no-fund
fi
bash scripts/env.sh .env
set -a; . ./.env; set +a
bash scripts/services.sh
npm run --silent build
npm run --silent build:web >/dev/null
npm run --silent migration:run >/dev/null
mkdir -p .data
(umask 077; npm run --silent cli -- seed:demo | tee -a .data/demo-accounts.txt)

pids=()
stop() {
  trap - INT TERM EXIT
  for pid in "${pids[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
}
trap stop INT TERM EXIT

node --enable-source-maps dist/apps/api/src/main.js &
pids+=($!)
node --enable-source-maps dist/apps/worker/src/main.js &
pids+=($!)

url="http://127.0.0.1:${PORT}"
node -e '(async () => { for (let i = 0; i < 60; i++) { try { if ((await fetch(process.argv[1])).ok) return; } catch {} await new Promise(r => setTimeout(r, 500)); } console.error("the API did not become ready"); })()' "$url/health/ready" 
cat >&2 <<MSG

  Casebook is running. Open the web app:  $url/
    (set a passcode for this browser, then sign in with a demo account below;
     the admin is led through setting up an authenticator app)
    API:        $url/api/v1
    Readiness:  $url/health/ready
    API docs:   $url/docs
  Sign in with a demo account printed above (also in .data/demo-accounts.txt), e.g.:
    curl -s -X POST $url/api/v1/auth/login -H 'content-type: application/json' \\
         -d '{"email":"interviewer@demo.casebook.invalid","password":"<printed password>"}'
  Press Ctrl-C to stop the API and the worker.

MSG
wait -n "${pids[@]}"
