#!/usr/bin/env bash
# The member portal's first load on a cheap phone over a slow mobile network (issue 13): Chromium (Debian's,
# as the browser tests) with DevTools' "Slow 4G" and a four times slower CPU, a fresh profile per run,
# against the built jar started on a fresh embedded database (the browser tests' global setup). Prints the
# median and every run of: bytes crossing the network for the login page and for a signed-in member's
# home (compressed as sent), and the time until the member can use each.
#
#   deploy/bench/portal-load.sh [rounds=5]
#
# Needs ./mvnw -DskipTests package first. Run it alone on the machine (flock /tmp/bashgah-maven.lock ...).
set -euo pipefail
cd "$(dirname "$0")/../.."
export ROUNDS=${1:-5}
export BASHGAH_JAR=$(realpath deploy/launcher/target/bashgah/bashgah.jar)
[[ -f $BASHGAH_JAR ]] || { echo "build first: ./mvnw -DskipTests package"; exit 1; }
mkdir -p deploy/bench/target
export BENCH_OUT=$(realpath -m deploy/bench/target/portal-load.txt)
admin-ui/scripts/ensure-chromium.sh
admin-ui/scripts/npm-ci-if-stale.sh
cd admin-ui/e2e
npx playwright test -c playwright.bench.config.ts
echo "figures in $BENCH_OUT"
