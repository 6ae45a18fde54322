# Round trips of the till's invoice transactions in a MariaDB general log (pos-bench.sh
# GENERAL_LOG_SECONDS): per connection, every command from the end of the previous transaction
# (COMMIT, ROLLBACK, or `set autocommit=1/0`, which the pool no longer sends around each transaction)
# to its COMMIT (alone, or closing the multi-statement of the last writes), and a `set autocommit=1`
# that follows it; a transaction that inserts an invoice row is an invoice. Prints how many commands such transactions
# sent (Prepare counted apart: the driver sends it with its first Execute, in the same round trip),
# and the commands of the most common shape.
#   awk -f deploy/bench/general-log-invoices.awk out/general.log
{
  line = $0
  sub(/^[0-9]{6} +[0-9:]+/, "", line)
  if (match(line, /^[ \t]+[0-9]+ (Query|Execute|Prepare|Close stmt|Reset stmt|Connect|Quit|Init DB)(\t|$)/)) {
    head = substr(line, 1, RLENGTH)
    arg = substr(line, RLENGTH + 1)
    split(head, h, /[ \t]+/)
    id = h[2]; cmd = h[3]; if (cmd == "Close" || cmd == "Reset" || cmd == "Init") cmd = cmd " " h[4]
    a = tolower(arg)
    if (cmd == "Query" && a ~ /^set autocommit=1/) {
      # the pool's old closing pair: counted with the transaction it closes
      if (done[id] != "") { count[done[id] + 1]++; invoices++; if (!((done[id] + 1) in example)) example[done[id] + 1] = seq[id] "\n    Query: set autocommit=1" }
      done[id] = ""; open[id] = 0; next
    }
    if (done[id] != "") { count[done[id]]++; invoices++; if (!(done[id] in example)) example[done[id]] = seq[id]; done[id] = "" }
    if (!open[id]) { open[id] = 1; n[id] = 0; p[id] = 0; seq[id] = ""; inv[id] = 0 }
    if (cmd == "Prepare") p[id]++; else n[id]++
    if (arg ~ /INSERT INTO invoice \(/) inv[id] = 1
    s = arg; gsub(/[ \t]+/, " ", s); seq[id] = seq[id] "\n    " cmd ": " substr(s, 1, 90)
    # a COMMIT alone, or at the end of the last pending writes' multi-statement (CommitCarrier)
    if (cmd == "Query" && (a ~ /^commit/ || a ~ /^rollback/ || a ~ /; commit$/)) {
      if (inv[id] && (a ~ /^commit/ || a ~ /; commit$/)) { done[id] = n[id]; prep += p[id] }
      open[id] = 0
    }
  }
}
END {
  for (id in done) if (done[id] != "") { count[done[id]]++; invoices++; if (!(done[id] in example)) example[done[id]] = seq[id] }
  printf "invoice transactions: %d, prepares sent with them: %d\n", invoices, prep
  best = 0
  for (k in count) { printf "  %d round trips: %d invoices\n", k, count[k]; if (count[k] > count[best]) best = k }
  if (invoices) printf "the most common shape (%d round trips):%s\n", best, example[best]
}
