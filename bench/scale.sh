#!/usr/bin/env bash
# The throughput benchmark: on one generated input, in one run, measures and prints messages/s,
# MB/s, CPU seconds and peak memory (the JVM's heap peak where it reports it, the process's peak
# resident set from /usr/bin/time, and the peak of its anonymous part, sampled from /proc: the resident set
# without the pages of mapped files, the index's among them) of
#   1. the parse ceiling (exports read and parsed, nothing else),
#   2. the index ceiling (the same messages through a bare Lucene IndexWriter, parsed beforehand),
#   3. a full audit,
#   4. a rescan of the whole index (same build and policy: scored again without annotating again),
#      and a rescan that annotates every message again (--annotate-again, as after a policy change),
#   5. an unchanged re-run of the audit (incremental),
# the ratios full audit / index ceiling and full audit / parse ceiling, and ripgrep with the
# detector's clinical lexicon over the raw export files, against the rescans.
#
#   bench/scale.sh [MESSAGES] [WORKDIR]    (defaults: 1000000, a fresh temp folder)
#
# Environment: PLATFORMS (default twitter,facebook,instagram,linkedin,mastodon,reddit), SEED (1),
# HEAP (the audit's -Xmx, default 512m), CEILING_HEAP (the index ceiling's, default 8g: it holds
# every message), SKIP_INDEX_CEILING=1 (for inputs too big to hold), LAYOUT=cds (every phiscan
# command runs in the faster-starting layout bench/cds.sh builds, in WORKDIR/app, as README's
# Scheduling section advises for scheduled runs; default: java -jar target/phiscan.jar), JVM_OPTS
# (flags given to every Java command of the benchmark, ceilings included; default -XX:+UseParallelGC,
# the collector README's Scheduling section advises for batch runs). Needs target/phiscan.jar
# (mvn -B -q package -DskipTests), GNU time (/usr/bin/time), bc and rg (Debian: time bc ripgrep).
# Run it on a quiet machine: other processes slow every figure.
set -euo pipefail
cd "$(dirname "$0")/.."
MESSAGES=${1:-1000000}
WORK=${2:-$(mktemp -d)}
PLATFORMS=${PLATFORMS:-twitter,facebook,instagram,linkedin,mastodon,reddit}
SEED=${SEED:-1}
HEAP=${HEAP:-512m}
CEILING_HEAP=${CEILING_HEAP:-8g}
read -r -a JOPTS <<< "${JVM_OPTS--XX:+UseParallelGC}"
JAR=$PWD/target/phiscan.jar
for tool in /usr/bin/time bc rg; do
  command -v "$tool" >/dev/null || { echo "bench/scale.sh needs $tool" >&2; exit 2; }
done
[ -f "$JAR" ] || { echo "build first: mvn -B -q package -DskipTests" >&2; exit 2; }
mkdir -p "$WORK"
CDS=()
if [ "${LAYOUT:-jar}" = cds ]; then
  bench/cds.sh "$WORK/app" > /dev/null
  JAR=$WORK/app/phiscan.jar
  CDS=(-XX:SharedArchiveFile="$WORK/app/phiscan.jsa")
fi
IN=$WORK/exports
WS=$WORK/ws

# the peak of the anonymous resident memory (MB) of the command under /usr/bin/time pid $1: its
# heap, native memory and stacks, without the pages of files it maps (the index, the exports),
# which the kernel counts in the resident set too and gives back when it needs them
peak_anon() {
  local peak=0 kb child
  while kill -0 "$1" 2>/dev/null; do
    child=$(pgrep -P "$1" | head -1 || true)
    kb=$(awk '/^RssAnon:/ {print $2}' "/proc/${child:-$1}/status" 2>/dev/null || true)
    [ -n "$kb" ] && [ "$kb" -gt "$peak" ] && peak=$kb
    sleep 0.2
  done
  echo $((peak / 1024))
}

# runs a command, keeping its output, wall seconds, CPU seconds (user and system, all its threads),
# peak RSS and peak anonymous RSS (MB) in $WORK/<label>.{out,sec,cpu,rss,anon}
timed() {
  local label=$1 tpid; shift
  /usr/bin/time -f '%e %M %U %S' -o "$WORK/$label.time" "$@" > "$WORK/$label.out" 2> "$WORK/$label.err" &
  tpid=$!
  peak_anon "$tpid" > "$WORK/$label.anon" &
  wait "$tpid" || { echo "$label failed:" >&2; tail -5 "$WORK/$label.err" >&2; exit 1; }
  wait
  read -r sec kb user sys < <(tail -1 "$WORK/$label.time")
  echo "$sec" > "$WORK/$label.sec"
  echo "$user + $sys" | bc > "$WORK/$label.cpu"
  echo $((kb / 1024)) > "$WORK/$label.rss"
}
rate() { echo "scale=0; $1 / $2" | bc; }
mbps() { echo "scale=1; $1 / 1000000 / $2" | bc; }
row() { # label seconds messages
  printf '| %-40s | %9.1f | %12s | %8s | %8.1f | %12s | %12s |\n' "$1" "$2" "$(printf "%'d" "$(rate "$3" "$2")")" \
    "$(mbps "$BYTES" "$2")" "$(cat "$WORK/$4.cpu")" "$(cat "$WORK/$4.rss") MB" "$(cat "$WORK/$4.anon") MB"
}

if [ ! -d "$IN" ]; then
  java -jar "$JAR" generate "$IN" --messages "$MESSAGES" --platforms "$PLATFORMS" --seed "$SEED" > "$WORK/generate.out"
fi
BYTES=$(du -sb "$IN" | cut -f1)
FILES=$(find "$IN" -type f | wc -l)
rm -rf "$WS"

echo "# phiscan throughput, $(date -u +%Y-%m-%dT%H:%MZ)"
echo
echo "command: ${LAYOUT:+LAYOUT=$LAYOUT }bench/scale.sh $MESSAGES   (platforms $PLATFORMS, seed $SEED, audit heap -Xmx$HEAP)"
echo "phiscan runs as: java ${CDS[*]:+${CDS[*]} }${JOPTS[*]:+${JOPTS[*]} }-jar $JAR"
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GB, $(java -version 2>&1 | head -1)"
echo "input: $(head -1 "$WORK/generate.out" 2>/dev/null || echo "$IN, generated before this run")"
echo "input size: $(printf "%'d" "$BYTES") bytes in $FILES files"
echo "load before: $(uptime | sed 's/.*load/load/')"
echo

timed parse java "${CDS[@]}" "${JOPTS[@]}" -Xmx$HEAP -jar "$JAR" ceiling parse "$IN"
if [ -z "${SKIP_INDEX_CEILING:-}" ]; then
  timed index java "${CDS[@]}" "${JOPTS[@]}" -Xmx$CEILING_HEAP -jar "$JAR" ceiling index "$IN" --index-dir "$WORK/ceiling-index"
  rm -rf "$WORK/ceiling-index"
fi
timed audit java "${CDS[@]}" "${JOPTS[@]}" -Xmx$HEAP -jar "$JAR" audit "$IN" --workspace "$WS"
timed rescan java "${CDS[@]}" "${JOPTS[@]}" -Xmx$HEAP -jar "$JAR" rescan --workspace "$WS"
timed rescan-annotate java "${CDS[@]}" "${JOPTS[@]}" -Xmx$HEAP -jar "$JAR" rescan --annotate-again --workspace "$WS"
timed rerun java "${CDS[@]}" "${JOPTS[@]}" -Xmx$HEAP -jar "$JAR" audit "$IN" --workspace "$WS"
# the detector's clinical lexicon as fixed strings, searched as whole words, case-insensitive
grep -hv '^\s*#' src/main/resources/io/phiscan/detect/lexicon/{symptoms,conditions,medications,medication-generics,procedures,tests}.txt \
  | sed 's/#.*//; s/^\s*//; s/\s*$//' | grep -v '^$' | sort -u > "$WORK/lexicon.txt"
timed rg rg --no-config -c -i -w -F -f "$WORK/lexicon.txt" "$IN"

# the messages each step handled, from the figures the commands print
PARSED=$(grep -o 'parse ceiling: [0-9,]*' "$WORK/parse.out" | grep -o '[0-9,]*$' | tr -d ,)
READ=$(grep -o '[0-9]* record(s) read' "$WORK/audit.out" | grep -o '^[0-9]*')
INDEXED=$(java -jar "$JAR" search '*:*' --workspace "$WS" --limit 1 2>/dev/null | grep -o 'of [0-9]* match' | grep -o '[0-9]*' || true)
INDEXED=${INDEXED:-$READ}
T_AUDIT=$(cat "$WORK/audit.sec")
echo "| step | seconds | messages/s | MB/s | CPU s | peak RSS | peak anonymous RSS |"
echo "|---|---:|---:|---:|---:|---:|---:|"
row "1. parse ceiling (parse only)" "$(cat "$WORK/parse.sec")" "$PARSED" parse
if [ -z "${SKIP_INDEX_CEILING:-}" ]; then
  # the ceiling's own timing leaves out parsing and JVM start: use it, not the process's
  T_INDEX=$(grep -o 'in [0-9.]* s' "$WORK/index.out" | grep -o '[0-9.]*')
  row "2. index ceiling (bare IndexWriter)" "$T_INDEX" "$PARSED" index
fi
row "3. full audit" "$T_AUDIT" "$READ" audit
row "4a. rescan (same build and policy)" "$(cat "$WORK/rescan.sec")" "$INDEXED" rescan
row "4b. rescan --annotate-again" "$(cat "$WORK/rescan-annotate.sec")" "$INDEXED" rescan-annotate
row "5. unchanged re-run" "$(cat "$WORK/rerun.sec")" "$READ" rerun
row "rg, clinical lexicon, raw exports" "$(cat "$WORK/rg.sec")" "$PARSED" rg
echo
echo "the JVMs' own figures:"
sed 's/^/    /' "$WORK/parse.out"
[ -z "${SKIP_INDEX_CEILING:-}" ] && sed 's/^/    /' "$WORK/index.out"
for s in audit rescan rescan-annotate rerun; do echo "    $s: $(tail -1 "$WORK/$s.out")"; done
echo
echo "ratios:"
echo "  full audit / parse ceiling (messages/s): $(echo "scale=3; ($READ / $T_AUDIT) / ($PARSED / $(cat "$WORK/parse.sec"))" | bc)"
[ -z "${SKIP_INDEX_CEILING:-}" ] && echo "  full audit / index ceiling (messages/s): $(echo "scale=3; ($READ / $T_AUDIT) / ($PARSED / $T_INDEX)" | bc)"
echo "  unchanged re-run / full audit (time):     $(echo "scale=3; $(cat "$WORK/rerun.sec") / $T_AUDIT" | bc)"
echo "  rescan / rg (time):                       $(echo "scale=3; $(cat "$WORK/rescan.sec") / $(cat "$WORK/rg.sec")" | bc)"
echo "  rescan --annotate-again / rg (time):      $(echo "scale=3; $(cat "$WORK/rescan-annotate.sec") / $(cat "$WORK/rg.sec")" | bc)"
echo "load after: $(uptime | sed 's/.*load/load/')"
echo "(times are whole commands, JVM start included, except the index ceiling's seconds; CPU s is the whole command's"
echo " user and system time, the index ceiling's parsing and JVM start included: on a machine whose processors run at"
echo " varying speed, the same work takes more CPU seconds when they are slow; rg counted $(awk -F: '{s+=$NF} END {print s}' "$WORK/rg.out") matching lines)"
