#!/usr/bin/env bash
# Two audits started at the same moment on one workspace, as two processes: one runs, the other
# exits 2 naming the process that holds the workspace; with --wait, the second runs after the
# first. The index holds every message once afterwards.
#   bench/two-writers.sh [WORKDIR]      (needs target/phiscan.jar)
set -uo pipefail
cd "$(dirname "$0")/.."
WORK=${1:-$(mktemp -d)}
mkdir -p "$WORK"
JAR=$PWD/target/phiscan.jar
INPUT=$PWD/sample-data
count() { java -jar "$JAR" search '*:*' --limit 1 --workspace "$1" | tail -1; }

for mode in refuse wait; do
  ws=$WORK/ws-$mode
  rm -rf "$ws"
  extra=(); [ "$mode" = wait ] && extra=(--wait 5m)
  java -jar "$JAR" audit "$INPUT" --workspace "$ws" "${extra[@]}" > "$ws.a.out" 2> "$ws.a.err" & a=$!
  java -jar "$JAR" audit "$INPUT" --workspace "$ws" "${extra[@]}" > "$ws.b.out" 2> "$ws.b.err" & b=$!
  wait $a; ca=$?
  wait $b; cb=$?
  echo "== two audits at once, $mode: exit codes $ca and $cb"
  for f in "$ws".a.out "$ws".a.err "$ws".b.out "$ws".b.err; do
    [ -s "$f" ] && sed "s|^|   $(basename "$f"): |" "$f"
  done
  echo "   index: $(count "$ws")"
done
