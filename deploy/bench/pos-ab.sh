#!/usr/bin/env bash
# The till, before and after (issue 11): pos-bench.sh on the jar of a base commit (A) and on this
# checkout's jar (B), alternating A, B, A, B ... on the same machine in one invocation, with the same
# fixture sizes and the same redo-log setting, then one side-by-side table.
#
#   deploy/bench/pos-ab.sh [base commit=c02b79f] [flush=2] [rounds=2] [N terminals=64] [M members=10000] [D seconds=60]
#
# flush is MariaDB's innodb_flush_log_at_trx_commit for both sides (1: every commit on disk; 2: every
# commit to the OS, on disk once a second), set on the embedded server before the fixture. The base is
# built once from `git archive` of the commit into BASE_HOME (default /tmp/bashgah-base-<sha>; nothing
# there is reused unless its bashgah.jar exists); this checkout's jar must have been built
# (./mvnw -DskipTests package). The JDBC floor is skipped (SKIP_FLOOR=0 runs it on every run); the
# harness, fixture and Gatling simulation are this checkout's for both sides. Other pos-bench.sh
# settings (WARMUP, GENERAL_LOG_SECONDS, KEEP_DATA ...) pass through; B_JAVA_TOOL_OPTIONS and
# A_JAVA_TOOL_OPTIONS give one side JVM flags. Results (key=value per run, logs) go to
# deploy/bench/target/ab-<time>. Run it under the shared build lock for its whole duration:
#   flock /tmp/bashgah-maven.lock deploy/bench/pos-ab.sh c02b79f 2
#
#   deploy/bench/pos-ab.sh --table <results folder> <run>...   prints the table of runs already made
#   (each <run>.txt a RESULT file of pos-bench.sh; names starting with A are the base, others B)
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD
table() {
  awk -v cols="$*" '
  BEGIN {
    n = split(cols, c, " ")
    for (i = 1; i <= n; i++) {
      f = c[i] ".txt"
      while ((getline line < f) > 0) { k = substr(line, 1, index(line, "=") - 1); v[c[i], k] = substr(line, index(line, "=") + 1) }
      close(f)
      rq = v[c[i], "requests_per_s"]; inv = v[c[i], "invoices_per_s"]; cm = v[c[i], "db_com_commit_per_s"]
      if (rq > 0) {
        v[c[i], "payara_ms_per_request"] = sprintf("%.2f", v[c[i], "payara_cpu_pct"] * 10 / rq)
        v[c[i], "mariadb_ms_per_request"] = sprintf("%.2f", v[c[i], "mariadb_cpu_pct"] * 10 / rq)
        v[c[i], "statements_per_request"] = sprintf("%.1f", v[c[i], "db_questions_per_s"] / rq)
        v[c[i], "round_trips_per_request"] = sprintf("%.1f", (v[c[i], "db_questions_per_s"] + v[c[i], "db_com_stmt_prepare_per_s"] + v[c[i], "db_com_stmt_close_per_s"]) / rq)
        v[c[i], "set_autocommit_per_commit"] = (cm > 0 ? sprintf("%.2f", v[c[i], "db_com_set_option_per_s"] / cm) : "-")
        v[c[i], "prepares_per_request"] = sprintf("%.2f", v[c[i], "db_com_stmt_prepare_per_s"] / rq)
      }
      if (inv > 0) v[c[i], "statements_per_invoice"] = sprintf("%.1f", v[c[i], "db_questions_per_s"] / inv)
    }
    m = split("invoices_per_s requests_per_s errors expected_refusals ledger_differences " \
      "invoice_p50 invoice_p95 invoice_p99 lookup_p50 lookup_p95 lookup_p99 redemption_p50 redemption_p95 redemption_p99 " \
      "cancel_p50 cancel_p95 cancel_p99 return_p50 return_p95 return_p99 " \
      "payara_cpu_pct payara_ms_per_request mariadb_cpu_pct mariadb_ms_per_request gatling_cpu_pct machine_busy_pct load_average " \
      "statements_per_request round_trips_per_request statements_per_invoice set_autocommit_per_commit prepares_per_request flush", rows, " ")
    printf "| figure |"; for (i = 1; i <= n; i++) printf " %s |", c[i]; print " B/A (means) |"
    printf "|---|"; for (i = 1; i <= n; i++) printf "---:|"; print "---:|"
    for (j = 1; j <= m; j++) {
      printf "| %s |", rows[j]; sa = sb = na = nb = 0
      for (i = 1; i <= n; i++) {
        x = v[c[i], rows[j]]; printf " %s |", (x == "" ? "-" : x)
        if (x != "") { if (c[i] ~ /^A/) { sa += x; na++ } else { sb += x; nb++ } }
      }
      if (na && nb && sa > 0 && rows[j] !~ /flush|errors|differences/) printf " %.2f |\n", (sb / nb) / (sa / na); else print " |"
    }
  }'
}
if [[ ${1:-} == --table ]]; then
  cd "$2"
  shift 2
  table "$@"
  exit
fi
BASE_REF=${1:-c02b79f}
FLUSH=${2:-2}
ROUNDS=${3:-2}
N=${4:-64}
M=${5:-10000}
D=${6:-60}
SHA=$(git rev-parse --short=12 "$BASE_REF^{commit}")
BASE_HOME=${BASE_HOME:-/tmp/bashgah-base-$SHA}
A_JAR=$BASE_HOME/deploy/launcher/target/bashgah/bashgah.jar
B_JAR=$ROOT/deploy/launcher/target/bashgah/bashgah.jar
[[ -f $B_JAR ]] || { echo "run ./mvnw -DskipTests package first ($B_JAR)"; exit 1; }
if [[ ! -f $A_JAR ]]; then
  echo "== building the base $BASE_REF ($SHA) in $BASE_HOME"
  rm -rf "$BASE_HOME"
  mkdir -p "$BASE_HOME"
  git archive "$SHA" | tar -x -C "$BASE_HOME"
  (cd "$BASE_HOME" && ./mvnw -B -q -DskipTests package -pl deploy/launcher -am)
fi
RES=${AB_RESULTS:-$ROOT/deploy/bench/target/ab-$(date -u +%Y%m%dT%H%M%S)}
mkdir -p "$RES"
HEAD_DESC=$(git rev-parse --short HEAD)
[[ -z $(git status --porcelain -- . ':!deploy/bench') ]] || HEAD_DESC="$HEAD_DESC + uncommitted changes"
echo "== A: $BASE_REF ($SHA), $A_JAR"
echo "== B: this checkout, $HEAD_DESC, $B_JAR (built $(date -u -r "$B_JAR" +%H:%M) UTC)"
echo "== $ROUNDS round(s) of A then B, $N terminals, $M members, $D s measured, innodb_flush_log_at_trx_commit=$FLUSH; results in $RES"

COLUMNS_=()
for ((r = 1; r <= ROUNDS; r++)); do
  for side in A B; do
    jar=$A_JAR opts=${A_JAVA_TOOL_OPTIONS:-}
    [[ $side == B ]] && jar=$B_JAR opts=${B_JAVA_TOOL_OPTIONS:-}
    echo
    echo "== run $side$r ($(date -u +%H:%M:%S) UTC, load average $(cut -d' ' -f1-3 /proc/loadavg))"
    BENCH_JAR=$jar BENCH_JAVA_TOOL_OPTIONS=$opts FLUSH=$FLUSH SKIP_FLOOR=${SKIP_FLOOR:-1} RESULT=$RES/$side$r.txt \
      deploy/bench/pos-bench.sh "$N" "$M" "$D" >"$RES/$side$r.log" 2>&1 || echo "run $side$r failed; see $RES/$side$r.log"
    grep -h -E '^(invoices_per_s|errors|invoice_p99)=' "$RES/$side$r.txt" 2>/dev/null | paste -sd' ' || true
    COLUMNS_+=("$side$r")
  done
done

echo
echo "== A = $BASE_REF ($SHA), B = $HEAD_DESC; $N terminals, $M members, $D s measured after ${WARMUP:-30} s, innodb_flush_log_at_trx_commit=$FLUSH, $(nproc) cores"
cd "$RES"
table "${COLUMNS_[@]}" | tee "$RES/table.md"
