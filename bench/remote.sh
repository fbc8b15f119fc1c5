#!/usr/bin/env bash
# Benchmark of remote partitioning: the same generated input audited by one process, then by a
# manager and two workers (audit --workers, phiscan worker --threads 1) over RabbitMQ, both on
# PostgreSQL (a fresh database each, dropped afterwards). Prints each audit's wall time (the whole
# command, JVM start included) and its steps' times from the job repository, each worker's
# partitions, records and busy time, the rate of one worker thread, and what that projects for
# each added machine. On one small machine the manager, the workers, the broker and the database
# share the same cores: this measures the overhead of distribution, not a speed-up.
#   bench/remote.sh [MESSAGES] [WORKDIR]      (defaults: 200000, a fresh temp folder)
# Needs target/phiscan.jar, python3, psql, PostgreSQL at $PGHOST:$PGPORT (default 127.0.0.1:5432,
# user $PGUSER, default postgres, trust auth) and RabbitMQ at $PHISCAN_BROKER (default
# amqp://guest:guest@127.0.0.1:5672). The input: `phiscan generate` over four platforms when the
# jar has that command, else eight X archives from bench/gen-x-archive.py.
set -euo pipefail
cd "$(dirname "$0")/.."
MESSAGES=${1:-200000}
WORK=${2:-$(mktemp -d)}
JAR=$PWD/target/phiscan.jar
JAVA=${JAVA:-java -Xmx1g}
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
export PHISCAN_BROKER=${PHISCAN_BROKER:-amqp://guest:guest@127.0.0.1:5672}
export PHISCAN_DB_USER=$PGUSER PGOPTIONS="--client-min-messages=warning"
mkdir -p "$WORK"
rm -rf "$WORK/exports" "$WORK/one" "$WORK/remote"

if $JAVA -jar "$JAR" --help 2>/dev/null | grep -q "^ *generate "; then
  $JAVA -jar "$JAR" generate "$WORK/exports" --messages "$MESSAGES" --platforms twitter,facebook,instagram,linkedin --seed 7 >/dev/null
else
  for i in 0 1 2 3 4 5 6 7; do
    python3 bench/gen-x-archive.py "$WORK/exports/archive-$i" --messages $((MESSAGES / 8)) --seed $((7 + i)) --handle "DrBench$i"
  done
fi
echo "input: $MESSAGES messages, $(du -sh "$WORK/exports" | cut -f1) in $WORK/exports"
echo "machine: $(nproc) cores; load before: $(uptime | sed 's/.*load average: //')"

DBS=()
newdb() {   # creates a database, its JDBC URL in URL
  local name="phiscan_bench_$$_$1"
  psql -q -d postgres -c "DROP DATABASE IF EXISTS $name" -c "CREATE DATABASE $name" >/dev/null
  DBS+=("$name")
  URL="jdbc:postgresql://$PGHOST:$PGPORT/$name"
}
PIDS=()
cleanup() {
  for p in "${PIDS[@]:-}"; do [ -n "$p" ] && kill "$p" 2>/dev/null || true; done
  for p in "${PIDS[@]:-}"; do [ -n "$p" ] && wait "$p" 2>/dev/null || true; done
  for d in "${DBS[@]:-}"; do [ -n "$d" ] && psql -q -d postgres -c "DROP DATABASE IF EXISTS $d WITH (FORCE)" >/dev/null || true; done
}
trap cleanup EXIT

steps() {   # the steps of the latest audit in a database: name and seconds
  psql -At -F ' ' -d "$1" -c "SELECT s.step_name, round(extract(epoch FROM s.end_time - s.start_time)::numeric, 1)
    FROM batch_step_execution s WHERE s.job_execution_id = (SELECT max(job_execution_id) FROM batch_job_execution)
    AND s.step_name IN ('ingest', 'merge', 'reconcile', 'detect', 'report') ORDER BY s.step_execution_id" | tr '\n' ' '
}

audit() {   # label, workspace, db url, extra args
  local label=$1 ws=$2 url=$3; shift 3
  local t0 t1
  t0=$(date +%s.%N)
  $JAVA -jar "$JAR" audit "$WORK/exports" --workspace "$ws" --db-url "$url" "$@" > "$WORK/$label.out"
  t1=$(date +%s.%N)
  WALL=$(echo "$t1 - $t0" | bc)
  printf '%-26s %7.1f s   steps (s): %s\n' "$label" "$WALL" "$(steps "${url##*/}")"
  sed 's/^/    /' "$WORK/$label.out"
}

newdb one
audit "one process" "$WORK/one" "$URL"
ONE=$WALL

newdb remote
for w in 1 2; do
  $JAVA -jar "$JAR" worker --workspace "$WORK/remote" --db-url "$URL" --threads 1 > "$WORK/worker-$w.out" 2>&1 &
  PIDS+=($!)
done
for _ in $(seq 1 120); do
  [ "$(grep -l 'taking partitions' "$WORK"/worker-*.out 2>/dev/null | wc -l)" -eq 2 ] && break
  sleep 0.5
done
audit "manager + 2 workers" "$WORK/remote" "$URL" --workers
REMOTE=$WALL

echo "per worker (partitions ended, records read, seconds busy in partitions, records per busy second):"
RATES=()
for w in 1 2; do
  r=$(python3 - "$WORK/worker-$w.out" <<'EOF'
import re, sys
n = recs = 0
secs = 0.0
for line in open(sys.argv[1]):
    m = re.search(r"(COMPLETED|FAILED|STOPPED): (\d+) record\(s\) read, \d+ written, \d+ skipped in ([0-9.]+) s", line)
    if m:
        n += 1
        recs += int(m.group(2))
        secs += float(m.group(3))
print(n, recs, round(secs, 1), round(recs / secs) if secs else 0)
EOF
)
  echo "  worker $w: $r"
  RATES+=("$(echo "$r" | cut -d' ' -f4)")
done
echo "load after: $(uptime | sed 's/.*load average: //')"
python3 - "$ONE" "$REMOTE" "$MESSAGES" "${RATES[@]}" <<'EOF'
import sys
one, remote, messages = float(sys.argv[1]), float(sys.argv[2]), int(sys.argv[3])
rates = [int(r) for r in sys.argv[4:] if int(r) > 0]
print(f"one process: {messages / one:,.0f} msg/s end to end; manager + 2 workers: {messages / remote:,.0f} msg/s "
      f"({remote / one:.2f}x the time of one process; manager, workers, broker and database share these cores, so this "
      f"is the cost of distribution plus the noise of the machine's load, not a speed-up)")
if rates:
    r = sum(rates) / len(rates)
    print(f"one worker thread ingests {r:,.0f} msg/s while busy; projected: each added machine running a worker "
          f"with one thread per core adds about {r:,.0f} x its cores msg/s to the ingest step (2 cores: {2 * r:,.0f}, "
          f"8 cores: {8 * r:,.0f}), until the database, the broker or the shared folder is the limit; the manager's "
          f"own steps (plan, merge, detect, report) do not scale out")
EOF
