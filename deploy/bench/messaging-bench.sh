#!/usr/bin/env bash
# The bulk send of issue 12 beside the till: pos-bench.sh twice in one invocation on the same machine,
# each on a club of M members with a million more imported (group A): A with no messaging, B with a
# send to a segment of the million queued first (how long it takes is measured) and then being
# delivered by message-delivery (the log gateway, at the club's per-minute cap) while the till is
# under load. Then the side-by-side table of pos-ab.sh.
#
#   deploy/bench/messaging-bench.sh [N terminals=64] [M members=10000] [D seconds=60] [bulk members=1000000] [rounds=1]
#
# Needs ./mvnw -DskipTests package. Run it under the shared build lock for its whole duration:
#   flock /tmp/bashgah-maven.lock deploy/bench/messaging-bench.sh
# Results (key=value per run, logs) go to deploy/bench/target/messaging-<time>. Other pos-bench.sh
# settings pass through (WARMUP, KEEP_DATA, FLUSH ...); the JDBC floor is skipped.
set -euo pipefail
cd "$(dirname "$0")/../.."
N=${1:-64}
M=${2:-10000}
D=${3:-60}
BULK=${4:-1000000}
ROUNDS=${5:-1}
CSV=deploy/bench/target/members-$BULK.csv
DIR=deploy/bench/target/messaging-$(date -u +%Y%m%dT%H%M%S)
mkdir -p "$DIR"
if [[ ! -s $CSV ]]; then
  echo "== generating $CSV"
  java deploy/bench/ImportBench.java generate "$CSV" "$BULK"
fi
IMPORT="IMPORT_LEDGER_CHECK=0 OWNER_PASSWORD=Bench-owner-2026 java deploy/bench/ImportBench.java run \$BASE Bench-admin-2026 $CSV $BULK bench"
REPORT="OWNER_PASSWORD=Bench-owner-2026 java deploy/bench/ImportBench.java report \$BASE bench"
SEND="OWNER_PASSWORD=Bench-owner-2026 java deploy/bench/ImportBench.java send \$BASE bench"
runs=()
for r in $(seq 1 "$ROUNDS"); do
  echo "=== round $r, A: the till beside $BULK imported members, no messaging"
  BEFORE_LOAD=$IMPORT SKIP_FLOOR=1 RESULT=$DIR/A$r.txt deploy/bench/pos-bench.sh "$N" "$M" "$D" | tee "$DIR/A$r.log"
  echo "=== round $r, B: the same, with a send to a segment of them queued and being delivered"
  BEFORE_LOAD="$IMPORT && $SEND && $REPORT start" AFTER_LOAD="$REPORT end" SKIP_FLOOR=1 RESULT=$DIR/B$r.txt deploy/bench/pos-bench.sh "$N" "$M" "$D" | tee "$DIR/B$r.log"
  runs+=("A$r" "B$r")
done
echo
echo "== the till without (A) and with (B) a bulk send being delivered"
deploy/bench/pos-ab.sh --table "$DIR" "${runs[@]}"
grep -h '^segment_se' "$DIR"/B*.txt
# messages sent per second while the till was measured (warm-up included: the window of the reports)
for f in "$DIR"/B*.txt; do
  awk -F= '{ v[$1] = $2 } END { s = (v["segment_sent_end_at_ms"] - v["segment_sent_start_at_ms"]) / 1000; if (s > 0) printf "%s: %d messages sent in %.0f s beside the till, %.1f/s\n", FILENAME, v["segment_sent_end"] - v["segment_sent_start"], s, (v["segment_sent_end"] - v["segment_sent_start"]) / s }' "$f"
done
