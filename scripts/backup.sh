#!/usr/bin/env bash
# Backs up the Casebook database to one file (pg_dump custom format):
#   npm run backup -- [FILE]        (default: backups/casebook-<UTC time>.dump)
# Reads DATABASE_URL from the environment, else from $ENV_FILE (default .env).
#
# The dump holds narratives, redacted texts and TOTP secrets ENCRYPTED; the keys
# (NARRATIVE_KEYS) are not in it. Keep the keys apart from the dumps (another
# place, other people): a dump without its keys reveals no narrative, and keys
# without a dump reveal nothing either. A restore needs both.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -z "${DATABASE_URL:-}" ]; then set -a; . "./${ENV_FILE:-.env}"; set +a; fi
file="${1:-backups/casebook-$(date -u +%Y%m%dT%H%M%SZ).dump}"
mkdir -p "$(dirname "$file")"
umask 077
pg_dump --format=custom --no-owner --no-privileges --file="$file" --dbname="$DATABASE_URL"
echo "[backup] wrote $file ($(du -h "$file" | cut -f1)); narratives in it are encrypted: keep NARRATIVE_KEYS elsewhere" >&2
