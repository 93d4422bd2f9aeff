#!/usr/bin/env bash
# Makes PostgreSQL 15 and Redis 7 available on localhost for Casebook.
#
# Idempotent and fast when everything is already there: it only acts when the
# server at DATABASE_URL / REDIS_URL is not reachable (or, for a local Redis that a
# Casebook checkout started, when that Redis can no longer write its files). It never uses systemd
# (containers and CI machines have none): PostgreSQL is started with
# pg_ctlcluster, Redis as a daemon with its data under .data/redis (files per port).
#
# Reads DATABASE_URL and REDIS_URL from the environment, else from $ENV_FILE
# (default .env).
# Extra databases (e.g. the test database) can be listed in EXTRA_DATABASES.
set -euo pipefail
cd "$(dirname "$0")/.."

log() { printf '[services] %s\n' "$*" >&2; }
die() { printf '[services] error: %s\n' "$*" >&2; exit 1; }

if [ -z "${DATABASE_URL:-}" ] || [ -z "${REDIS_URL:-}" ]; then
  env_file="${ENV_FILE:-.env}"
  [ -f "$env_file" ] || die "DATABASE_URL and REDIS_URL are not set and there is no $env_file (run scripts/env.sh)"
  set -a; . "./$env_file"; set +a
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
as_postgres() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else sudo -u postgres -- "$@"; fi
}

# --- URL parsing (postgres://user:pass@host:port/db, redis://[:pass@]host:port[/n]) ---
parse_url() { # $1 url -> sets U_USER U_PASS U_HOST U_PORT U_PATH
  local rest="${1#*://}" auth="" hostport
  if [[ "$rest" == *@* ]]; then auth="${rest%%@*}"; rest="${rest#*@}"; fi
  hostport="${rest%%/*}"
  U_PATH=""; [[ "$rest" == */* ]] && U_PATH="${rest#*/}"; U_PATH="${U_PATH%%\?*}"
  U_USER="${auth%%:*}"; U_PASS=""; [[ "$auth" == *:* ]] && U_PASS="${auth#*:}"
  U_HOST="${hostport%%:*}"; U_PORT=""; [[ "$hostport" == *:* ]] && U_PORT="${hostport##*:}"
}
urldecode() { local s="${1//+/ }"; printf '%b' "${s//%/\\x}"; }
reachable() { timeout 2 bash -c ": </dev/tcp/$1/$2" 2>/dev/null; }
is_local() { [[ "$1" == "localhost" || "$1" == 127.* || "$1" == "::1" ]]; }

APT_UPDATED=0
apt_install() {
  command -v apt-get >/dev/null || die "apt-get not found: install $* yourself"
  if [ "$APT_UPDATED" -eq 0 ]; then log "apt-get update"; $SUDO apt-get update -qq; APT_UPDATED=1; fi
  log "installing $*"
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}

# ------------------------------------------------------------------ PostgreSQL
parse_url "$DATABASE_URL"
PG_HOST="${U_HOST:-127.0.0.1}"; PG_PORT="${U_PORT:-5432}"
PG_USER="$(urldecode "$U_USER")"; PG_PASS="$(urldecode "$U_PASS")"; PG_DB="$U_PATH"
[ -n "$PG_USER" ] && [ -n "$PG_DB" ] || die "DATABASE_URL must name a user and a database"

if ! reachable "$PG_HOST" "$PG_PORT"; then
  is_local "$PG_HOST" || die "PostgreSQL at $PG_HOST:$PG_PORT is unreachable and not local"
  if ! command -v pg_ctlcluster >/dev/null || ! ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; then
    if apt-cache show postgresql-15 >/dev/null 2>&1 || { $SUDO apt-get update -qq && APT_UPDATED=1 && apt-cache show postgresql-15 >/dev/null 2>&1; }; then
      apt_install postgresql-15 postgresql-client-15
    else
      log "postgresql-15 is not packaged for this distribution; installing its default PostgreSQL"
      apt_install postgresql postgresql-client
    fi
  fi
  PG_VER="$(ls /usr/lib/postgresql | sort -V | tail -n1)"
  [ -d /usr/lib/postgresql/15 ] && PG_VER=15
  CLUSTER="$(pg_lsclusters -h 2>/dev/null | awk -v v="$PG_VER" -v p="$PG_PORT" '$1==v && $3==p {print $2; exit}')"
  if [ -z "$CLUSTER" ]; then
    CLUSTER=casebook
    log "creating PostgreSQL $PG_VER cluster '$CLUSTER' on port $PG_PORT"
    $SUDO pg_createcluster "$PG_VER" "$CLUSTER" -p "$PG_PORT" >/dev/null
  fi
  log "starting PostgreSQL $PG_VER/$CLUSTER on port $PG_PORT"
  $SUDO pg_ctlcluster "$PG_VER" "$CLUSTER" start || true
  for _ in $(seq 1 60); do reachable "$PG_HOST" "$PG_PORT" && break; sleep 0.5; done
  reachable "$PG_HOST" "$PG_PORT" || die "PostgreSQL did not start (see /var/log/postgresql/)"
fi

# The role and databases. Only possible locally (peer auth as the postgres user);
# for a remote server the operator creates them.
ensure_databases() {
  local psql=(psql -X -q -v ON_ERROR_STOP=1 -p "$PG_PORT" -h /var/run/postgresql -d postgres)
  # Escape for SQL literals / identifiers.
  local lit_pass="${PG_PASS//\'/\'\'}" ident_user="${PG_USER//\"/\"\"}"
  as_postgres "${psql[@]}" >/dev/null <<SQL
SELECT format('CREATE ROLE %I LOGIN PASSWORD %L', '${PG_USER//\'/\'\'}', '$lit_pass')
 WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${PG_USER//\'/\'\'}') \gexec
ALTER ROLE "$ident_user" LOGIN PASSWORD '$lit_pass';
SQL
  local db
  for db in "$PG_DB" ${EXTRA_DATABASES:-}; do
    if ! as_postgres "${psql[@]}" -tAc "SELECT 1 FROM pg_database WHERE datname = '${db//\'/\'\'}'" | grep -q 1; then
      log "creating database $db"
      as_postgres "${psql[@]}" -c "CREATE DATABASE \"${db//\"/\"\"}\" OWNER \"$ident_user\" ENCODING 'UTF8' TEMPLATE template0" >/dev/null
    fi
  done
}
can_login() {
  PGPASSWORD="$PG_PASS" psql -X -q -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -d "$1" -tAc 'SELECT 1' >/dev/null 2>&1
}
need=0
for db in "$PG_DB" ${EXTRA_DATABASES:-}; do can_login "$db" || need=1; done
if [ "$need" -eq 1 ]; then
  is_local "$PG_HOST" && id postgres >/dev/null 2>&1 || die "cannot sign in to PostgreSQL as $PG_USER; create the role and database on $PG_HOST"
  ensure_databases
  for db in "$PG_DB" ${EXTRA_DATABASES:-}; do can_login "$db" || die "signing in to database $db as $PG_USER still fails"; done
fi

# ----------------------------------------------------------------------- Redis
parse_url "$REDIS_URL"
RD_HOST="${U_HOST:-127.0.0.1}"; RD_PORT="${U_PORT:-6379}"; RD_PASS="$(urldecode "$U_PASS")"
redis_ping() {
  command -v redis-cli >/dev/null || return 1
  REDISCLI_AUTH="$RD_PASS" timeout 3 redis-cli -h "$RD_HOST" -p "$RD_PORT" ping 2>/dev/null | grep -q PONG
}
redis_cli() { REDISCLI_AUTH="$RD_PASS" timeout 3 redis-cli -h "$RD_HOST" -p "$RD_PORT" "$@" 2>/dev/null | tr -d '\r'; }
# A Redis that answers PING may still refuse every write: one started by a checkout
# that has since been deleted cannot save (MISCONF). Such a Redis is stale.
redis_stale() {
  local reply
  reply="$(redis_cli config get dir)"
  [ "$(sed -n 1p <<<"$reply")" = dir ] || return 1 # CONFIG is disabled there: nothing to check
  # An empty dir is what Redis reports when its working directory was deleted.
  [ -d "$(sed -n 2p <<<"$reply")" ] || return 0
  redis_cli info persistence | grep -qE '^(rdb_last_bgsave_status|aof_last_write_status):err'
}
if redis_ping && is_local "$RD_HOST" && redis_stale; then
  # Replace it only if a Casebook checkout started it (its pidfile says so); never stop another's.
  pidfile="$(redis_cli config get pidfile | sed -n 2p)"
  [[ "$pidfile" == */.data/redis/redis-"$RD_PORT".pid ]] ||
    die "the Redis on $RD_HOST:$RD_PORT cannot save its data (its directory is gone or unwritable); repair or stop it"
  log "the Redis on port $RD_PORT was started by a checkout whose files are gone or unwritable; restarting it here"
  redis_cli shutdown nosave >/dev/null || true
  for _ in $(seq 1 40); do reachable "$RD_HOST" "$RD_PORT" || break; sleep 0.25; done
fi
if ! redis_ping; then
  is_local "$RD_HOST" || die "Redis at $RD_HOST:$RD_PORT is unreachable and not local"
  if reachable "$RD_HOST" "$RD_PORT"; then
    die "something listens on $RD_HOST:$RD_PORT but does not answer as the Redis of REDIS_URL (wrong password?)"
  fi
  command -v redis-server >/dev/null || apt_install redis-server
  mkdir -p .data/redis
  # Loopback only; password from REDIS_URL; append-only file so queued jobs survive a restart.
  # Each port keeps its own files (dump-PORT.rdb, appendonlydir-PORT): the demo's and the
  # tests' Redis of one checkout never load or overwrite each other's data.
  conf=".data/redis/redis-$RD_PORT.conf"
  {
    echo "bind 127.0.0.1 ::1"
    echo "port $RD_PORT"
    echo "dir $(pwd)/.data/redis"
    echo "dbfilename dump-$RD_PORT.rdb"
    echo "appenddirname appendonlydir-$RD_PORT"
    echo "daemonize yes"
    echo "pidfile $(pwd)/.data/redis/redis-$RD_PORT.pid"
    echo "logfile $(pwd)/.data/redis/redis-$RD_PORT.log"
    echo "appendonly yes"
    echo "maxmemory-policy noeviction"
    [ -n "$RD_PASS" ] && echo "requirepass $RD_PASS"
  } > "$conf"
  chmod 600 "$conf"
  log "starting Redis on port $RD_PORT"
  redis-server "$conf"
  for _ in $(seq 1 40); do redis_ping && break; sleep 0.25; done
  redis_ping || die "Redis did not start (see .data/redis/redis-$RD_PORT.log)"
fi
# The test suite also runs Casebook behind PgBouncer (tests/pgbouncer.e2e.ts
# starts its own instance): only the program is needed.
if [ "${WITH_PGBOUNCER:-0}" = 1 ] && ! command -v pgbouncer >/dev/null && [ ! -x /usr/sbin/pgbouncer ]; then
  apt_install pgbouncer
fi
log "PostgreSQL $PG_HOST:$PG_PORT/$PG_DB and Redis $RD_HOST:$RD_PORT are ready"
