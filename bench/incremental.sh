#!/usr/bin/env bash
# Benchmark of incremental audits: a first audit of a synthetic X archive, then three audits of
# the same, unchanged input, which must parse nothing. Prints each run's wall time (the whole
# command: JVM start included) and its summary line, the machine's load (other processes slow
# both kinds of run, the short ones relatively more), then the workspace's run history.
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

run() {
  local label=$1; shift
  local t0 t1
  t0=$(date +%s.%N)
  $PHISCAN audit "$WORK/exports" --workspace "$WORK/ws" "$@" > "$WORK/$label.out"
  t1=$(date +%s.%N)
  printf '%-28s %8.1f s   %s\n' "$label" "$(echo "$t1 - $t0" | bc)" "$(cat "$WORK/$label.out")"
}

echo "command: $PHISCAN"
echo "load before: $(uptime | sed 's/.*load/load/')"
run first-audit
for i in 1 2 3; do run "unchanged-audit-$i"; done
echo "load after: $(uptime | sed 's/.*load/load/')"
$PHISCAN runs --workspace "$WORK/ws"
