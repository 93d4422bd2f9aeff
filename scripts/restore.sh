#!/usr/bin/env bash
# Restores a backup made by scripts/backup.sh into an EMPTY database:
#   npm run restore -- FILE KEYSTORE_FILE
# FILE is the case data, KEYSTORE_FILE a keystore backup (the newest you have).
# A case deleted before KEYSTORE_FILE was taken stays unreadable: its key is
# not in it, and reading its narrative fails closed. With a keystore backup
# older than the deletion (kept at most KEYSTORE_BACKUP_RETENTION_DAYS) it
# still reads; that is the documented window.
# DATABASE_URL must name the new, empty database (the role must own it). Each
# file is restored in one transaction. Start Casebook on it with the
# NARRATIVE_KEYS of the backed-up installation: with other keys every
# narrative read fails closed.
set -euo pipefail
cd "$(dirname "$0")/.."
file="${1:?usage: npm run restore -- FILE KEYSTORE_FILE}"
keystore_file="${2:?usage: npm run restore -- FILE KEYSTORE_FILE}"
if [ -z "${DATABASE_URL:-}" ]; then set -a; . "./${ENV_FILE:-.env}"; set +a; fi
tables="$(psql "$DATABASE_URL" -tAc "SELECT count(*) FROM information_schema.tables WHERE table_schema IN ('public', 'keystore')")"
if [ "$tables" != "0" ]; then echo "[restore] the target database is not empty ($tables tables); restore into a new database" >&2; exit 1; fi
pg_restore --no-owner --no-privileges --single-transaction --exit-on-error --dbname="$DATABASE_URL" "$file"
pg_restore --no-owner --no-privileges --single-transaction --exit-on-error --dbname="$DATABASE_URL" "$keystore_file"
echo "[restore] restored $file with the keys of $keystore_file; run npm run cli -- audit:verify to check the audit chain" >&2
