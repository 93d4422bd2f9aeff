#!/usr/bin/env bash
# Restores a backup made by scripts/backup.sh into an EMPTY database:
#   npm run restore -- FILE
# DATABASE_URL must name the new, empty database (the role must own it). The
# restore is one transaction: it either completes or leaves the database empty.
# Start Casebook on it with the NARRATIVE_KEYS of the backed-up installation:
# with other keys every narrative read fails closed.
set -euo pipefail
cd "$(dirname "$0")/.."
file="${1:?usage: npm run restore -- FILE}"
if [ -z "${DATABASE_URL:-}" ]; then set -a; . "./${ENV_FILE:-.env}"; set +a; fi
tables="$(psql "$DATABASE_URL" -tAc "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'")"
if [ "$tables" != "0" ]; then echo "[restore] the target database is not empty ($tables tables); restore into a new database" >&2; exit 1; fi
pg_restore --no-owner --no-privileges --single-transaction --exit-on-error --dbname="$DATABASE_URL" "$file"
echo "[restore] restored $file; run npm run cli -- audit:verify to check the audit chain" >&2
