#!/usr/bin/env bash
# Backs up Casebook to TWO files (pg_dump custom format), kept apart:
#   npm run backup -- [FILE [KEYSTORE_FILE]]
#     FILE          the case data (every schema but keystore);
#                   default backups/casebook-<UTC time>.dump
#     KEYSTORE_FILE the wrapped per-case keys (schema keystore);
#                   default $KEYSTORE_BACKUP_DIR/keystore-<UTC time>.dump
#                   (KEYSTORE_BACKUP_DIR defaults to backups/keystore)
# Then deletes keystore backups in KEYSTORE_BACKUP_DIR older than
# KEYSTORE_BACKUP_RETENTION_DAYS (default 35). Case-data backups are kept as
# long as you like: a deleted case's key is in no keystore backup younger than
# its deletion, so once the older keystore backups are gone, no copy of that
# case can be read.
# Reads DATABASE_URL from the environment, else from $ENV_FILE (default .env).
#
# Narratives, redacted texts and return reasons are sealed under per-case keys,
# which are wrapped by NARRATIVE_KEYS; NARRATIVE_KEYS are in neither file. Keep
# the keys apart from the dumps (another place, other people).
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -z "${DATABASE_URL:-}" ]; then set -a; . "./${ENV_FILE:-.env}"; set +a; fi
stamp="$(date -u +%Y%m%dT%H%M%SZ)"
keystore_dir="${KEYSTORE_BACKUP_DIR:-backups/keystore}"
retention="${KEYSTORE_BACKUP_RETENTION_DAYS:-35}"
case "$retention" in ''|*[!0-9]*) echo "[backup] KEYSTORE_BACKUP_RETENTION_DAYS must be a whole number of days" >&2; exit 1;; esac
file="${1:-backups/casebook-$stamp.dump}"
keystore_file="${2:-$keystore_dir/keystore-$stamp.dump}"
mkdir -p "$(dirname "$file")" "$(dirname "$keystore_file")" "$keystore_dir"
umask 077
pg_dump --format=custom --no-owner --no-privileges --exclude-schema=keystore --file="$file" --dbname="$DATABASE_URL"
pg_dump --format=custom --no-owner --no-privileges --schema=keystore --file="$keystore_file" --dbname="$DATABASE_URL"
echo "[backup] wrote $file ($(du -h "$file" | cut -f1)) and $keystore_file ($(du -h "$keystore_file" | cut -f1))" >&2
# Expired keystore backups go: this is what makes a deletion hold in old case-data backups.
find "$keystore_dir" -maxdepth 1 -type f -name 'keystore-*.dump' -mtime "+$((retention - 1))" -print -delete | sed 's/^/[backup] deleted expired keystore backup /' >&2
echo "[backup] keystore backups older than $retention days are deleted; keep NARRATIVE_KEYS elsewhere" >&2
