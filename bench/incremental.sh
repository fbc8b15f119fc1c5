#!/usr/bin/env bash
# Benchmark of incremental audits: a first audit of a synthetic X archive, then three audits of
# the same, unchanged input, which must parse nothing. Prints each run's wall time (the whole
# command: JVM start included) and its summary line, then where that time went (until the run
# starts, the run, from its end to the exit: the workspace log's times), the machine's load
# (other processes slow both kinds of run, the short ones relatively more), then the workspace's
# run history.
#   bench/incremental.sh [MESSAGES] [WORKDIR]      (defaults: 200000, a fresh temp folder)
# Needs target/phiscan.jar (mvn -B -q package -DskipTests) and python3. PHISCAN, when set, is the
# command used instead of "java -jar target/phiscan.jar", e.g. the layout bench/cds.sh builds:
#   PHISCAN="java -XX:SharedArchiveFile=/tmp/cds/phiscan.jsa -jar /tmp/cds/phiscan.jar" bench/incremental.sh
set -euo pipefail
cd "$(dirname "$0")/.."
MESSAGES=${1:-200000}
WORK=${2:-$(mktemp -d)}
PHISCAN=${PHISCAN:-java -jar $PWD/target/phiscan.jar}
mkdir -p "$WORK"
rm -rf "$WORK/exports" "$WORK/ws"
python3 bench/gen-x-archive.py "$WORK/exports/archive" --messages "$MESSAGES" --seed 7 --handle DrBenchmark
echo "input: $(du -sh "$WORK/exports" | cut -f1) in $WORK/exports"

# the log's time of a line of a run, in seconds since the epoch
logged() { # run-id pattern
  local at
  at=$(grep -F "$1" "$WORK/ws/logs/phiscan.log" | grep -E "$2" | tail -1 | cut -d' ' -f1)
  date -d "$at" +%s.%N
}

run() {
  local label=$1; shift
  local t0 t1 id starts ended
  t0=$(date +%s.%N)
  $PHISCAN audit "$WORK/exports" --workspace "$WORK/ws" "$@" > "$WORK/$label.out"
  t1=$(date +%s.%N)
  printf '%-28s %8.1f s   %s\n' "$label" "$(echo "$t1 - $t0" | bc)" "$(cat "$WORK/$label.out")"
  # where the command's time went: until the run starts (JVM, command line, input check, Spring,
  # database, index), the run (plan, ingest, detect, report), and from its end to the exit
  id=$(grep -o 'run [0-9TZ]*' "$WORK/$label.out" | head -1 | cut -d' ' -f2)
  starts=$(logged "$id" 'starts over')
  ended=$(logged "$id" 'ended ')
  printf '%-28s until the run starts %.1f s, the run %.1f s, to the exit %.1f s\n' "" \
    "$(echo "$starts - $t0" | bc)" "$(echo "$ended - $starts" | bc)" "$(echo "$t1 - $ended" | bc)"
}

echo "command: $PHISCAN"
echo "load before: $(uptime | sed 's/.*load/load/')"
run first-audit
for i in 1 2 3; do run "unchanged-audit-$i"; done
echo "load after: $(uptime | sed 's/.*load/load/')"
$PHISCAN runs --workspace "$WORK/ws"
