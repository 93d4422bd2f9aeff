#!/usr/bin/env bash
# Makes Chromium available for the browser tests: Debian's package (Playwright
# cannot download its own browsers on these machines). Idempotent.
set -euo pipefail
if [ -x /usr/bin/chromium ]; then exit 0; fi
SUDO=""; if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
echo "[browser] installing Debian's chromium package" >&2
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium fonts-dejavu-core >/dev/null
