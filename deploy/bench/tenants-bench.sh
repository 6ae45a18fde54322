#!/usr/bin/env bash
# Provisions N tenants (default 100) on a fresh embedded database, then restarts the platform twice:
# once with every tenant current (start-up only checks versions), once after forgetting every
# tenant's recorded version (start-up runs Flyway on all of them, a few at a time).
# Prints the figures that docs/BENCHMARKS.md records. Needs ./mvnw -DskipTests package to have run.
set -euo pipefail
cd "$(dirname "$0")/../.."
N=${1:-100}
PORT=${BASHGAH_PORT:-8190}
# Not under /tmp: the embedded MariaDB empties a data folder there at every start.
mkdir -p deploy/bench/target
DATA=$(mktemp -d "$PWD/deploy/bench/target/data-XXXX")
export BASHGAH_DATA_DIR=$DATA BASHGAH_PORT=$PORT BASHGAH_ADMIN_PASSWORD=Bench-admin-2026 BASHGAH_DEMO_ENABLED=false
JAR=deploy/launcher/target/bashgah/bashgah.jar
LOG=$DATA/run.log

start() {
  local t0=$(date +%s%N)
  java -jar "$JAR" >>"$LOG" 2>&1 &
  PID=$!
  until grep -q "Bashgah is up" "$LOG" 2>/dev/null; do
    kill -0 $PID 2>/dev/null || { echo "platform died; see $LOG"; exit 1; }
    sleep 0.5
  done
  echo "start-up to 'Bashgah is up': $(( ($(date +%s%N) - t0) / 1000000 )) ms"
  grep -a -m1 '   Tenants  ' "$LOG" | sed 's/^ *//' || true
}
stop() { kill $PID; wait $PID 2>/dev/null || true; : > "$LOG"; }

echo "== first start (empty)"; start
java deploy/bench/TenantsBench.java "http://localhost:$PORT" "$BASHGAH_ADMIN_PASSWORD" "$N"
stop
echo "== restart with $N current tenants"; start
DB_PORT=$(grep -o 'embedded MariaDB listening on 127.0.0.1:[0-9]*' "$LOG" | tail -1 | cut -d: -f2)
java -cp deploy/app/target/bashgah/WEB-INF/lib/org.mariadb.jdbc-mariadb-java-client.jar deploy/bench/ForgetVersions.java "jdbc:mariadb://127.0.0.1:$DB_PORT/"
stop
echo "== restart after forgetting every tenant's schema version (Flyway runs on all $N)"; start
stop
rm -rf "$DATA"
