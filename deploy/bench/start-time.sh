#!/usr/bin/env bash
# Start-up time of bashgah.jar (issue 11): seconds from `java -jar bashgah.jar` (what ./run execs after
# building) to the first answered request, on a first start (a fresh data folder: MariaDB installed,
# every schema migrated, the demo club seeded) and on a restart of the same data. Each start is
# stopped once it answers; the phases are read off Payara's log.
#
#   deploy/bench/start-time.sh [runs=3] [launcher folder ...]
#
# Several launcher folders (each holding bashgah.jar, payara-micro.jar, bashgah.war, lib/) are
# measured in turn within each run, so that an A/B comparison shares the machine's load; the default
# is this checkout's deploy/launcher/target/bashgah. The request is GET /admin/ (a static page of the
# WAR: it answers only once the application is deployed and its start-up has run). On a shared
# machine run it under the build lock so that no build disturbs it:
#   flock /tmp/bashgah-maven.lock deploy/bench/start-time.sh 3 /tmp/main-build deploy/launcher/target/bashgah
# KEEP_DATA=1 keeps the data folders and logs (under deploy/bench/target/start-*).
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD
RUNS=${1:-3}
shift || true
HOMES=("$@")
[[ ${#HOMES[@]} -gt 0 ]] || HOMES=(deploy/launcher/target/bashgah)
for h in "${HOMES[@]}"; do
  [[ -f $h/bashgah.jar ]] || { echo "no $h/bashgah.jar: run ./mvnw -DskipTests package first"; exit 1; }
done

free_port() {
  local p
  for p in $(seq 8190 8390); do
    (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null || { echo "$p"; return; }
  done
  echo "no free port in 8190-8390" >&2
  exit 1
}

PID=
cleanup() {
  if [[ -n $PID ]] && kill -0 "$PID" 2>/dev/null; then kill "$PID"; wait "$PID" 2>/dev/null || true; fi
}
trap cleanup EXIT

# Seconds (with milliseconds) between two Payara/launcher log lines' ISO timestamps, or "-".
stamp() { grep -a -m1 -E "$2" "$1" | grep -o -E '^\[?[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9:.]+' | tr -d '[' || true; }
ms_of() { [[ -n $1 ]] && date -u -d "${1}Z" +%s%3N 2>/dev/null || echo ""; }

# start <home> <data> <label>: prints one result line
start() {
  local home=$1 data=$2 label=$3 port t0 t1 code log
  port=$(free_port)
  log=$data/run-$label.log
  t0=$(date +%s%3N)
  BASHGAH_DATA_DIR=$data BASHGAH_PORT=$port BASHGAH_ADMIN_PASSWORD=Start-admin-2026 \
    java -jar "$home/bashgah.jar" >"$log" 2>&1 &
  PID=$!
  while :; do
    code=$(curl -s -o /dev/null -m 2 -w '%{http_code}' "http://127.0.0.1:$port/admin/" || true)
    [[ $code == 200 ]] && break
    kill -0 "$PID" 2>/dev/null || { echo "the platform died; see $log"; exit 1; }
    sleep 0.1
  done
  t1=$(date +%s%3N)
  kill "$PID"; wait "$PID" 2>/dev/null || true; PID=
  # Phases from the full log (Payara's own, under the data folder, or the console if it has them).
  local full=$data/logs/server.log
  [[ -f $full ]] || full=$log
  local boot deployed up
  boot=$(ms_of "$(stamp "$full" 'Payara Micro .* \(build|Booting|Payara Micro Runtime')")
  deployed=$(ms_of "$(stamp "$full" 'Deployed [0-9]+ archive|bashgah was successfully deployed')")
  up=$(ms_of "$(stamp "$full" 'Bashgah is up')")
  printf '%-10s %-40s %6.1f s' "$label" "$home" "$(echo "($t1 - $t0) / 1000" | bc -l)"
  if [[ -n $boot && -n $deployed ]]; then
    printf '   (Payara log: first line +%.1f s, deployed +%.1f s)' "$(echo "($boot - $t0)/1000" | bc -l)" "$(echo "($deployed - $t0)/1000" | bc -l)"
  fi
  echo
}

echo "== $(date -u +%FT%TZ) $(uptime | sed 's/.*load/load/')"
mkdir -p deploy/bench/target
for run in $(seq 1 "$RUNS"); do
  for h in "${HOMES[@]}"; do
    data=$(mktemp -d "$ROOT/deploy/bench/target/start-XXXX")
    start "$h" "$data" "first#$run"
    start "$h" "$data" "restart#$run"
    [[ ${KEEP_DATA:-0} == 1 ]] && echo "           kept $data" || rm -rf "$data"
  done
done
echo "== $(date -u +%FT%TZ) $(uptime | sed 's/.*load/load/')"
