#!/usr/bin/env bash
# The till under load (issue 3): N POS terminals post a shop's mix (70 % invoices, 15 % lookups,
# 10 % redemptions, 5 % returns) at the running jar for D seconds after a warm-up, with Gatling; then
# the JDBC floor (the same database statements per invoice, no application server) on the same
# MariaDB; then the ledger's invariants in SQL; then a summary table for docs/BENCHMARKS.md.
#
#   deploy/bench/pos-bench.sh [N terminals=64] [M members=10000] [D seconds=60]
#
# Needs ./mvnw -DskipTests package to have run (it uses the jar and the WAR's MariaDB driver). Starts
# the platform on a fresh data folder under deploy/bench/target (not /tmp: the embedded MariaDB
# empties data folders there) on a free port, demo club off, and stops it at the end.
# Environment: WARMUP (seconds, default 30: Payara's JIT needs it), FLOOR_SECONDS (default D),
# KEEP_DATA=1 keeps the data folder and logs, BENCH_HEAP (Gatling's heap, default 512m), PROFILE=1
# records Payara with Flight Recorder in the measured window and prints where its request threads
# spend their CPU (JfrTop); the recording costs throughput, so take the figures from a run without it.
# For comparisons (pos-ab.sh): BENCH_JAR (another build's bashgah.jar; the WAR, Payara Micro and the
# boot commands next to it are its own), FLUSH=1|2 (SET GLOBAL innodb_flush_log_at_trx_commit on the
# embedded server before the fixture), SKIP_FLOOR=1 (no JDBC floor), BENCH_JAVA_TOOL_OPTIONS (JVM flags
# for the launcher and Payara only, e.g. -XX:+UseParallelGC), GENERAL_LOG_SECONDS (MariaDB's general log
# for that many seconds mid-window, into out/general.log: the statements of each call), RESULT (a file
# that receives the figures as key=value lines), PERF=1 (perf record -F 499 of the whole machine for 20 s
# of the window, with Payara's JIT symbols from jcmd Compiler.perfmap; report in out/perf-*.txt and
# next to RESULT), BEFORE_LOAD (a shell command run after the fixture and before the load, with BASE and
# OUT set; its output goes into the summary), AFTER_LOAD (the same, right after the load). On a shared machine run it under the shared build
# lock, so that no build skews the figures and it starves no one's build: flock /tmp/bashgah-maven.lock <this script>.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD
N=${1:-64}
M=${2:-10000}
D=${3:-60}
WARMUP=${WARMUP:-30}
FLOOR_SECONDS=${FLOOR_SECONDS:-$D}
JAR=${BENCH_JAR:-deploy/launcher/target/bashgah/bashgah.jar}
DRIVER=deploy/app/target/bashgah/WEB-INF/lib/org.mariadb.jdbc-mariadb-java-client.jar
[[ -f $JAR && -f $DRIVER ]] || { echo "run ./mvnw -DskipTests package first ($JAR, $DRIVER)"; exit 1; }

echo "== building the harness (deploy/bench, not part of ./test)"
./mvnw -B -q -f deploy/bench/pom.xml test-compile
CLASSES=deploy/bench/target/classes

free_port() {
  local p
  for p in $(seq "${1:-8190}" 8390); do
    (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null || { echo "$p"; return; }
  done
  echo "no free port in 8190-8390" >&2
  exit 1
}
PORT=${BASHGAH_PORT:-$(free_port 8190)}
mkdir -p deploy/bench/target
DATA=$(mktemp -d "$ROOT/deploy/bench/target/pos-data-XXXX")
OUT=$DATA/out
mkdir -p "$OUT"
LOG=$DATA/run.log
export BASHGAH_DATA_DIR=$DATA BASHGAH_PORT=$PORT BASHGAH_ADMIN_PASSWORD=Bench-admin-2026 BASHGAH_DEMO_ENABLED=false
BASE=http://localhost:$PORT

PID=
SAMPLER=
stop() {
  [[ -n $SAMPLER ]] && kill "$SAMPLER" 2>/dev/null || true
  [[ -n ${DIAG:-} ]] && kill "$DIAG" 2>/dev/null || true
  if [[ -n $PID ]] && kill -0 "$PID" 2>/dev/null; then
    kill "$PID"
    wait "$PID" 2>/dev/null || true
  fi
  if [[ ${KEEP_DATA:-0} == 1 ]]; then echo "data and logs kept in $DATA"; else rm -rf "$DATA"; fi
}
trap stop EXIT

echo "== machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(uptime | sed 's/.*load/load/')"
echo "== starting the platform on port $PORT, data in $DATA"
T0=$(date +%s%N)
JAVA_TOOL_OPTIONS=${BENCH_JAVA_TOOL_OPTIONS:-${JAVA_TOOL_OPTIONS:-}} java -jar "$JAR" >>"$LOG" 2>&1 &
PID=$!
until grep -aq "Bashgah is up" "$LOG" 2>/dev/null; do
  kill -0 "$PID" 2>/dev/null || { echo "the platform died; see $LOG"; KEEP_DATA=1; exit 1; }
  # Payara Micro does not exit when it cannot start (e.g. someone took the port meanwhile)
  if grep -aq "Failed to start" "$LOG" || (( $(date +%s%N) - T0 > 300000000000 )); then
    echo "the platform did not start; see $LOG"; KEEP_DATA=1; exit 1
  fi
  sleep 0.5
done
echo "up in $(( ($(date +%s%N) - T0) / 1000000 )) ms"
DB_PORT=$(grep -ao 'embedded MariaDB listening on 127.0.0.1:[0-9]*' "$LOG" | tail -1 | cut -d: -f2)
DB_URL=jdbc:mariadb://127.0.0.1:$DB_PORT/
PAYARA_PID=$(pgrep -P "$PID" java | head -1)
MARIADB_PID=$(pgrep -f "mariadbd.*$DATA" | head -1)
if [[ -n ${FLUSH:-} ]]; then
  echo "== MariaDB: $(java -cp "$CLASSES:$DRIVER" ir.bashgah.bench.DbProbe "$DB_URL" --sql "SET GLOBAL innodb_flush_log_at_trx_commit=$FLUSH")"
fi
if [[ ${PROFILE:-0} == 1 ]]; then
  # deep stacks: Payara's request stacks are far deeper than Flight Recorder's default of 64 frames
  jcmd "$PAYARA_PID" JFR.configure stackdepth=384 >/dev/null
fi

echo "== fixture: tenant 'bench' on PROFESSIONAL, branch, $N terminals, $M members with PIN and opening credit"
java -cp "$CLASSES" ir.bashgah.bench.PosFixture "$BASE" "$BASHGAH_ADMIN_PASSWORD" "$N" "$M" "$OUT/fixture" bench 8 | tee "$OUT/fixture.txt"
if [[ -n ${BEFORE_LOAD:-} ]]; then
  # what the run measures the till beside (messaging-bench.sh: a million more members, a send to them)
  echo "== before the load: $BEFORE_LOAD"
  BASE=$BASE OUT=$OUT bash -c "$BEFORE_LOAD" | tee "$OUT/before-load.txt"
fi

# CPU use of the three parties, sampled every second (the [x]yz patterns keep pgrep from matching the
# other pgreps that look for the same process): epoch ms, jiffies of the load generator, Payara,
# MariaDB, and the machine's busy and total jiffies (/proc/stat).
ticks() { [[ -n ${1:-} && -r /proc/$1/stat ]] && awk '{print $14 + $15}' "/proc/$1/stat" 2>/dev/null || echo 0; }
# jiffies of a JVM's JIT compiler threads (C1, C2: a JVM still compiling is not warm yet) and of its
# garbage collector's threads
jvm_ticks() {
  [[ -n ${1:-} && -d /proc/$1/task ]] || { echo 0 0; return; }
  cat /proc/"$1"/task/*/stat 2>/dev/null | awk '
    /\((C1|C2) CompilerThre/ { sub(/.*\) /, ""); jit += $12 + $13; next }
    /\((GC Thread|G1 )/ { sub(/.*\) /, ""); gc += $12 + $13 }
    END { print jit + 0, gc + 0 }'
}
sample() {
  local generator_pattern=$1 file=$2 gen=
  while true; do
    [[ -n $gen && -d /proc/$gen ]] || gen=$(pgrep -f "$generator_pattern" | head -1 || true)
    echo "$(date +%s%3N) $(ticks "$gen") $(ticks "$PAYARA_PID") $(ticks "$MARIADB_PID") $(awk '/^cpu / {print $2+$3+$4+$7+$8+$9, $2+$3+$4+$5+$6+$7+$8+$9}' /proc/stat) $(cut -d' ' -f1 /proc/loadavg) $(jvm_ticks "$PAYARA_PID")" >>"$file"
    sleep 1
  done
}
# "<label> <from ms> <to ms>": average CPU of each party over the window, in % of one core, and the load average at the end.
cpu_split() {
  awk -v from="$2" -v to="$3" -v label="$1" -v hz="$(getconf CLK_TCK)" '
    $1 >= from && !a { a = 1; t0 = $1; g0 = $2; p0 = $3; m0 = $4; b0 = $5; all0 = $6; j0 = $8; c0 = $9 }
    $1 <= to { t1 = $1; g1 = $2; p1 = $3; m1 = $4; b1 = $5; all1 = $6; load = $7; j1 = $8; c1 = $9 }
    END {
      s = (t1 - t0) / 1000; if (s <= 0) { print label ": no samples"; exit }
      g = (g1 - g0) / hz / s * 100; p = (p1 - p0) / hz / s * 100; m = (m1 - m0) / hz / s * 100; j = (j1 - j0) / hz / s * 100; c = (c1 - c0) / hz / s * 100
      busy = (b1 - b0) / (all1 - all0) * 100 * ENVIRON["CORES"]
      printf "%s: %s %.0f %%, Payara %.0f %% (of which JIT compilers %.0f %%, garbage collector %.0f %%), MariaDB %.0f %%, everything else %.0f %% (machine busy %.0f %% of %d00 %%; load average %s)\n", label, ENVIRON["GEN"], g, p, j, c, m, busy - g - p - m, busy, ENVIRON["CORES"], load
    }' "$4"
}
export CORES=$(nproc)

# Where the time goes, sampled in the measured window: MariaDB's counters at its start and end (rates),
# its connections and lock waits and Payara's request threads (jstack) in the middle.
probe() { java -cp "$CLASSES:$DRIVER" ir.bashgah.bench.DbProbe "$DB_URL" 2>&1 || true; }
diagnose() {
  local file=$1 marker=$2 prefix=$3
  until grep -q "$marker" "$file" 2>/dev/null; do sleep 0.2; done
  sleep "$WARMUP"
  if [[ ${PROFILE:-0} == 1 && $prefix == "$OUT/api" ]]; then
    jcmd "$PAYARA_PID" JFR.start name=bench settings="$ROOT/deploy/bench/sampling.jfc" duration="${D}s" filename="$OUT/payara.jfr" >/dev/null || true
  fi
  probe >"$prefix-db-start.txt"
  # early in the window: the probe's start lags Gatling's window by a few seconds
  if [[ ${GENERAL_LOG_SECONDS:-0} -gt 0 && $prefix == "$OUT/api" ]]; then
    java -cp "$CLASSES:$DRIVER" ir.bashgah.bench.DbProbe "$DB_URL" --sql "SET GLOBAL log_output='FILE'" --sql "SET GLOBAL general_log_file='$OUT/general.log'" --sql "SET GLOBAL general_log=1" >/dev/null
    sleep "$GENERAL_LOG_SECONDS"
    java -cp "$CLASSES:$DRIVER" ir.bashgah.bench.DbProbe "$DB_URL" --sql "SET GLOBAL general_log=0" >/dev/null
  fi
  if [[ ${PERF:-0} == 1 && $prefix == "$OUT/api" ]]; then
    (sleep 5; perf record -F 499 -a -o "$OUT/perf.data" -- sleep 20 >/dev/null 2>&1; jcmd "$PAYARA_PID" Compiler.perfmap >/dev/null 2>&1) &
  fi
  sleep $(( D / 2 - 1 - ${GENERAL_LOG_SECONDS:-0} ))
  probe >"$prefix-db-mid.txt"
  jstack "$PAYARA_PID" >"$prefix-payara-threads.txt" 2>/dev/null || true
  sleep $(( D - D / 2 - 3 ))
  probe >"$prefix-db-end.txt"
}
db_rates() {
  awk -F= 'FNR == NR { a[$1] = $2; next } { b[$1] = $2 }
    END {
      s = (b["at_ms"] - a["at_ms"]) / 1000; if (s <= 0) { print "no samples"; exit }
      w = b["innodb_row_lock_waits"] - a["innodb_row_lock_waits"]
      printf "%.0f statements/s, %.0f commits/s, %.1f row lock waits/s (%.1f ms each on average), %.0f redo log writes/s, %.0f fsyncs/s, %d deadlocks",
        (b["questions"] - a["questions"]) / s, (b["com_commit"] - a["com_commit"]) / s, w / s,
        (w > 0 ? (b["innodb_row_lock_time"] - a["innodb_row_lock_time"]) / w : 0),
        (b["innodb_log_writes"] - a["innodb_log_writes"]) / s, (b["innodb_data_fsyncs"] - a["innodb_data_fsyncs"]) / s,
        b["innodb_deadlocks"] - a["innodb_deadlocks"]
    }' "$1" "$2"
}
# Payara's request threads by what they were doing at one instant.
thread_states() {
  awk '
    function classify() {
      if (name !~ /http-thread-pool/) return
      if (frames ~ /org\.mariadb\.jdbc/ && frames ~ /readPacket|PacketReader/) k = "waiting for MariaDB"
      else if (frames ~ /waitForResource|ConnectionPool\.getResource/ && state != "RUNNABLE") k = "waiting for a pooled connection"
      else if (frames !~ /jersey|Servlet|CoyoteAdapter/) k = "idle"
      else if (state == "RUNNABLE") k = "running Java"
      else k = state " at " first
      c[k]++
    }
    /^"/ { classify(); name = $0; frames = ""; first = ""; state = ""; next }
    /java.lang.Thread.State:/ { state = $2; next }
    /^\tat / { if (first == "") first = $2; frames = frames " " $2; next }
    END { classify(); for (k in c) printf "%d %s; ", c[k], k; print "" }' "$1"
}

echo "== POS mix: $N terminals, ${WARMUP} s warm-up, $D s measured (Gatling)"
sample "[i]o.gatling.app.Gatling" "$OUT/cpu-api.txt" &
SAMPLER=$!
diagnose "$OUT/gatling.txt" "PosSimulation started" "$OUT/api" &
DIAG=$!
./mvnw -B -q -f deploy/bench/pom.xml gatling:test \
  -Dbench.baseUrl="$BASE" -Dbench.fixture="$OUT/fixture" -Dbench.terminals="$N" -Dbench.warmup="$WARMUP" -Dbench.duration="$D" \
  -Dbench.summary="$OUT/pos-summary.txt" -Dbench.heap="${BENCH_HEAP:-512m}" | tee "$OUT/gatling.txt" | grep -v '^\s*$' | grep -vE '^(>|---|===|\[|Parsing|Generating)|\|-(INFO|WARN)' || true
kill "$SAMPLER" 2>/dev/null || true
SAMPLER=
wait "$DIAG" 2>/dev/null || true
if [[ -n ${AFTER_LOAD:-} ]]; then
  echo "== after the load: $AFTER_LOAD"
  BASE=$BASE OUT=$OUT bash -c "$AFTER_LOAD" | tee -a "$OUT/before-load.txt"
fi
[[ -f $OUT/pos-summary.txt ]] || { echo "the simulation wrote no summary; see $OUT/gatling.txt"; KEEP_DATA=1; exit 1; }
val() { grep -h "^$1=" "$2" | tail -1 | cut -d= -f2; }
S=$OUT/pos-summary.txt
API_CPU=$(GEN=Gatling cpu_split "API run" "$(val window_start_ms "$S")" "$(val window_end_ms "$S")" "$OUT/cpu-api.txt")
echo "$API_CPU"
API_DB=$(db_rates "$OUT/api-db-start.txt" "$OUT/api-db-end.txt")
API_THREADS=$(thread_states "$OUT/api-payara-threads.txt")
echo "MariaDB during the API run: $API_DB"
grep -h -E '^(connections|open transactions)' "$OUT/api-db-mid.txt" | sed 's/^/  mid-run: /'
echo "Payara's request threads mid-run: $API_THREADS"
if [[ ${PERF:-0} == 1 && -f $OUT/perf.data ]]; then
  # Self time of Payara's threads by layer (the perf map names JIT-compiled methods by class).
  perf report -i "$OUT/perf.data" --pid "$PAYARA_PID" --sort sym --no-children --stdio 2>/dev/null >"$OUT/perf-payara-symbols.txt" || true
  perf report -i "$OUT/perf.data" --sort comm,dso --no-children --stdio 2>/dev/null | grep -v '^#' | grep -v '^$' | head -40 >"$OUT/perf-by-process.txt" || true
  awk '/^ *[0-9.]+%/ {
      pct = $1; sub(/%/, "", pct); sym = $0; sub(/^ *[0-9.]+% +\[[^]]*\] +/, "", sym); gsub("/", ".", sym)
      # a JIT symbol is "<return type> <class>.<method>(<parameters>)": keep the class and method
      if (sym ~ /\(/) { sub(/\(.*/, "", sym); n = split(sym, w, " "); sym = w[n] }
      if ($2 == "[k]") k = "kernel"
      else if (sym ~ /^L?org\.eclipse\.persistence/) k = "EclipseLink"
      else if (sym ~ /^L?org\.glassfish\.jersey|^L?jakarta\.ws/) k = "Jersey"
      else if (sym ~ /^L?org\.glassfish\.grizzly/) k = "Grizzly"
      else if (sym ~ /^L?org\.jboss\.weld/) k = "Weld"
      else if (sym ~ /^L?org\.glassfish\.hk2|^L?org\.jvnet\.hk2/) k = "HK2"
      else if (sym ~ /^L?org\.mariadb/) k = "MariaDB driver"
      else if (sym ~ /^L?com\.sun\.gjc|^L?com\.sun\.enterprise\.resource|^L?com\.sun\.enterprise\.connectors/) k = "connection pool"
      else if (sym ~ /^L?com\.sun\.enterprise\.transaction|^L?com\.sun\.jts/) k = "JTA"
      else if (sym ~ /^L?ir\.bashgah/) k = "Bashgah"
      else if (sym ~ /^L?org\.eclipse\.yasson|^L?org\.eclipse\.parsson/) k = "JSON"
      else if (sym ~ /^L?com\.ibm\.icu/) k = "ICU4J"
      else if (sym ~ /^L?(org\.apache\.catalina|org\.apache\.coyote|com\.sun\.enterprise\.web|org\.glassfish\.web)/) k = "servlet container"
      else if (sym ~ /^L?(java|jdk|sun)\./) k = "JDK"
      else if (sym ~ /^L?(fish\.payara|com\.sun|org\.glassfish)/) k = "other Payara"
      else k = "JVM runtime, stubs, native"
      t[k] += pct; all += pct
    }
    END { for (k in t) printf "%5.1f %% %s\n", t[k] * 100 / all, k }' "$OUT/perf-payara-symbols.txt" | sort -rn >"$OUT/perf-payara-layers.txt" || true
  echo "Payara's CPU by layer (perf, self time):"; sed 's/^/  /' "$OUT/perf-payara-layers.txt"
  if [[ -n ${RESULT:-} ]]; then
    cp "$OUT/perf-payara-layers.txt" "${RESULT%.txt}-perf-layers.txt"
    grep -v '^#' "$OUT/perf-payara-symbols.txt" | grep -v '^$' >"${RESULT%.txt}-perf-symbols.txt"
    cp "$OUT/perf-by-process.txt" "${RESULT%.txt}-perf-by-process.txt"
  fi
fi
if [[ ${PROFILE:-0} == 1 ]]; then
  sleep 2
  java -cp "$CLASSES" ir.bashgah.bench.JfrTop "$OUT/payara.jfr" | tee "$OUT/payara-profile.txt" || true
fi

if [[ ${SKIP_FLOOR:-0} != 1 ]]; then
echo "== JDBC floor: $N threads, the API's statements per invoice, ${WARMUP} s warm-up, $FLOOR_SECONDS s measured"
sample "[i]r.bashgah.bench.JdbcFloor" "$OUT/cpu-floor.txt" &
SAMPLER=$!
D=$FLOOR_SECONDS diagnose "$OUT/floor.txt" "copied schema" "$OUT/floor" &
DIAG=$!
java -cp "$CLASSES:$DRIVER" ir.bashgah.bench.JdbcFloor "$DB_URL" t_bench "$N" "$FLOOR_SECONDS" "$WARMUP" | tee "$OUT/floor.txt"
kill "$SAMPLER" 2>/dev/null || true
SAMPLER=
wait "$DIAG" 2>/dev/null || true
F=$OUT/floor.txt
FLOOR_CPU=$(GEN="JDBC floor" cpu_split "floor run" "$(val window_start_ms "$F")" "$(val window_end_ms "$F")" "$OUT/cpu-floor.txt")
echo "$FLOOR_CPU"
FLOOR_DB=$(db_rates "$OUT/floor-db-start.txt" "$OUT/floor-db-end.txt")
echo "MariaDB during the floor run: $FLOOR_DB"
grep -h -E '^(connections|open transactions)' "$OUT/floor-db-mid.txt" | sed 's/^/  mid-run: /'
fi

echo "== ledger check (SQL on the tenant's schema and on the floor's copy)"
set +e
java -cp "$CLASSES:$DRIVER" ir.bashgah.bench.LedgerCheck "$DB_URL" t_bench $([[ ${SKIP_FLOOR:-0} == 1 ]] || echo t_bench_floor) | tee "$OUT/ledger.txt"
set -e

API_INV=$(val invoices_per_s "$S")
if [[ ${SKIP_FLOOR:-0} == 1 ]]; then F=/dev/null; FLOOR_INV=0; FLOOR_CPU="floor run: skipped"; FLOOR_DB=skipped; else FLOOR_INV=$(val floor_invoices_per_s "$F"); fi
RATIO=$(awk -v a="$API_INV" -v f="$FLOOR_INV" 'BEGIN { printf "%.2f", (f > 0 ? a / f : 0) }')
row() { printf '| %s | %s calls | %s / %s / %s ms |\n' "$1" "$(val "$1_calls" "$S")" "$(val "$1_p50" "$S")" "$(val "$1_p95" "$S")" "$(val "$1_p99" "$S")"; }
echo
echo "== summary (paste into docs/BENCHMARKS.md)"
cat <<EOF
$(date -u +%Y-%m-%d), commit $(git rev-parse --short HEAD), \`deploy/bench/pos-bench.sh $N $M $D\` (warm-up ${WARMUP} s):

| figure | value |
|---|---|
| terminals, members, measured | $N, $M, $D s after a ${WARMUP} s warm-up |
| API throughput | $(val requests_per_s "$S") requests/s, **$API_INV invoices/s** |
| non-2xx answers | $(val expected_refusals "$S") expected (422 insufficient-credit on redemptions), **$(val errors "$S") errors** |
| JDBC floor ($N threads) | **$FLOOR_INV invoices/s**, p50 / p95 / p99 $(val floor_p50 "$F") / $(val floor_p95 "$F") / $(val floor_p99 "$F") ms, $(val floor_failed "$F") failed |
| API invoices/s ÷ floor | **$RATIO** |
| ledger check (t_bench, t_bench_floor) | $(grep -h '_differences=' "$OUT/ledger.txt" | sed 's/ledger_//; s/_differences=/: /' | paste -sd';' | sed 's/;/, /g') differences |
| fixture | $(grep -h 'members registered' "$OUT/fixture.txt" | sed 's/.*parallel): //') |
| CPU, API run (% of one core) | ${API_CPU#*: } |
| CPU, floor run | ${FLOOR_CPU#*: } |
| MariaDB, API run | $API_DB |
| MariaDB, floor run | $FLOOR_DB |
| Payara's request threads mid-run | $API_THREADS |
$([[ -n ${BEFORE_LOAD:-} ]] && echo "| before the load | $(grep -h -E '^(segment|POST|import|processing)' "$OUT/before-load.txt" | paste -sd';' | sed 's/;/; /g') |")

| endpoint | calls | p50 / p95 / p99 |
|---|---:|---|
$(for e in invoice lookup redemption cancel return; do row $e; done)
EOF

if [[ -n ${RESULT:-} ]]; then
  # The figures again as key=value lines, for pos-ab.sh's side-by-side table.
  pct_of() { sed -n "s/.*$1 \([0-9]*\) %.*/\1/p" <<<"$2" | head -1; }
  {
    grep -v -e '^#' -e '^$' "$S"
    echo "commit=$(git rev-parse --short HEAD)"
    echo "jar=$JAR"
    echo "flush=$(java -cp "$CLASSES:$DRIVER" ir.bashgah.bench.DbProbe "$DB_URL" --sql "DO 0" 2>/dev/null | cut -d= -f2)"
    echo "payara_cpu_pct=$(pct_of Payara "$API_CPU")"
    echo "mariadb_cpu_pct=$(pct_of MariaDB "$API_CPU")"
    echo "gatling_cpu_pct=$(pct_of Gatling "$API_CPU")"
    echo "machine_busy_pct=$(sed -n 's/.*machine busy \([0-9]*\) %.*/\1/p' <<<"$API_CPU")"
    echo "load_average=$(sed -n 's/.*load average \([0-9.]*\)).*/\1/p' <<<"$API_CPU")"
    echo "ledger_differences=$(grep -h '^ledger_t_bench_differences=' "$OUT/ledger.txt" | cut -d= -f2)"
    echo "floor_invoices_per_s=$FLOOR_INV"
    [[ -n ${BEFORE_LOAD:-} ]] && grep -h -E '^segment_(send|sent)_[a-z_]+=' "$OUT/before-load.txt" || true
    awk -F= 'FNR == NR { a[$1] = $2; next } { b[$1] = $2 }
      END {
        s = (b["at_ms"] - a["at_ms"]) / 1000
        for (k in b) if (k ~ /^(questions|com_|innodb_row_lock_waits|innodb_deadlocks)/) printf "db_%s_per_s=%.1f\n", k, (b[k] - a[k]) / s
      }' "$OUT/api-db-start.txt" "$OUT/api-db-end.txt"
  } >"$RESULT"
  echo "figures in $RESULT"
fi
