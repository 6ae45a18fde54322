#!/usr/bin/env bash
# Imports N members (default 1,000,000) from a generated CSV into a new club of a freshly started
# platform (embedded MariaDB in a new folder under deploy/bench/target), prints the import's time and
# rows per second and the ledger check, then stops the platform. Figures: docs/BENCHMARKS.md.
# Needs ./mvnw -DskipTests package to have run. BASHGAH_IMPORT_BATCH_SIZE and BASHGAH_IMPORT_WRITERS
# pass through to the platform; KEEP=1 keeps the data folder for a look afterwards.
set -euo pipefail
cd "$(dirname "$0")/../.."
N=${1:-1000000}
PORT=${BASHGAH_PORT:-8191}
# Not under /tmp: the embedded MariaDB empties a data folder there at every start.
mkdir -p deploy/bench/target
DATA=$(mktemp -d "$PWD/deploy/bench/target/import-XXXX")
export BASHGAH_DATA_DIR=$DATA BASHGAH_PORT=$PORT BASHGAH_ADMIN_PASSWORD=Bench-admin-2026 BASHGAH_DEMO_ENABLED=false BASHGAH_JOBS_ENABLED=false
JAR=deploy/launcher/target/bashgah/bashgah.jar
LOG=$DATA/run.log
CSV=deploy/bench/target/members-$N.csv

if [ ! -s "$CSV" ]; then
  echo "== generating $CSV"
  java deploy/bench/ImportBench.java generate "$CSV" "$N"
fi

echo "== starting the platform (data in $DATA)"
java -jar "$JAR" >>"$LOG" 2>&1 &
PID=$!
trap 'kill $PID 2>/dev/null || true; wait $PID 2>/dev/null || true; [ "${KEEP:-0}" = 1 ] || rm -rf "$DATA"' EXIT
until grep -q "Bashgah is up" "$LOG" 2>/dev/null; do
  kill -0 $PID 2>/dev/null || { echo "platform died; see $LOG"; exit 1; }
  sleep 0.5
done
echo "== importing $N members"
java deploy/bench/ImportBench.java run "http://localhost:$PORT" "$BASHGAH_ADMIN_PASSWORD" "$CSV" "$N"
grep -a -o '{"event":"member-import"[^}]*}' "$DATA/logs/server.log" | tail -1 || true
