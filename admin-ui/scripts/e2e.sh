#!/usr/bin/env bash
# The console's browser tests: Playwright with Debian's Chromium against the platform jar, which the
# tests start themselves on a free port with a fresh embedded database (see e2e/global-setup.ts).
# Usage: scripts/e2e.sh [path to bashgah.jar] [playwright args...]
# With BASHGAH_E2E_URL set, the tests use that running platform instead (its admin password in
# BASHGAH_ADMIN_PASSWORD, demo club with the demo logins).
set -euo pipefail
cd "$(dirname "$0")/.."
export BASHGAH_JAR=$(realpath -m "${1:-../deploy/launcher/target/bashgah/bashgah.jar}")
shift || true
if [[ -z ${BASHGAH_E2E_URL:-} && ! -f $BASHGAH_JAR ]]; then
  echo "No platform jar at $BASHGAH_JAR: build it first (./mvnw -DskipTests package)" >&2
  exit 1
fi
scripts/ensure-chromium.sh
scripts/npm-ci-if-stale.sh
exec npm run e2e -- "$@"
