#!/usr/bin/env bash
# Crash test: kills an audit of a multi-archive input with kill -9 at three points (during
# ingest, during detect, during report), runs the same command again, and compares the result
# with an uninterrupted run of the same input: identical findings (ids and contents), identical
# inputs and counts, identical index document count, reconciliation balanced. Then the same with
# SIGTERM (graceful stop: exit 1, then resumed). Then a rescan under another policy (every message
# annotated again), killed with kill -9 while it annotates and run again, against the same rescan
# uninterrupted. Exits non-zero if any comparison fails.
#   bench/crash-test.sh [MESSAGES_PER_ARCHIVE] [WORKDIR]     (defaults: 30000, a fresh temp folder)
# With DB_SERVER=jdbc:postgresql://HOST:PORT, each workspace keeps its job repository and findings
# in a database of its own on that PostgreSQL server (created afresh as phiscan_crash_<case>, by
# psql as the current user, who needs the right to create databases; PGUSER and the like apply),
# instead of the embedded H2 file. Needs target/phiscan.jar (mvn -B -q package -DskipTests) and python3.
set -uo pipefail
cd "$(dirname "$0")/.."
N=${1:-30000}
WORK=${2:-$(mktemp -d)}
JAR=$PWD/target/phiscan.jar
mkdir -p "$WORK"
rm -rf "$WORK/exports" "$WORK"/ws-*
trap 'jobs -p | xargs -r kill -9 2>/dev/null' EXIT
# three archives: two folders and a zip, with broken records and many clinical conversations
python3 bench/gen-x-archive.py "$WORK/exports/a-folder" --messages "$N" --seed 11 --handle DrAlmaReyes --broken 3 --clinical-share 0.2
python3 bench/gen-x-archive.py "$WORK/exports/b-archive.zip" --messages "$N" --seed 12 --handle DrBenOduya --zip --clinical-share 0.2
python3 bench/gen-x-archive.py "$WORK/exports/c-folder" --messages "$N" --seed 13 --handle DrCleoMarsh --broken 1 --clinical-share 0.2

# the database options of workspace $1: none (H2 in the workspace), or its own PostgreSQL database
db_name() { local b; b=$(basename "$1"); echo "phiscan_crash_${b//-/_}"; }
db_of() { [ -n "${DB_SERVER:-}" ] && echo "--db-url $DB_SERVER/$(db_name "$1")"; }
# a fresh database for workspace $1 (a copy of workspace $2's, when given)
new_db() {
  [ -z "${DB_SERVER:-}" ] && return 0
  local host=${DB_SERVER#jdbc:postgresql://}; host=${host%%/*}
  local sql=(env PGOPTIONS="-c client_min_messages=warning" psql -q -h "${host%%:*}" -p "${host##*:}" -d postgres -v ON_ERROR_STOP=1)
  "${sql[@]}" -c "DROP DATABASE IF EXISTS $(db_name "$1")" || exit 1
  "${sql[@]}" -c "CREATE DATABASE $(db_name "$1")${2:+ TEMPLATE $(db_name "$2")}" || exit 1
}
phiscan() { java -jar "$JAR" "$@"; }
# shellcheck disable=SC2046  # the database options split on purpose
audit() { phiscan audit "$WORK/exports" --workspace "$1" $(db_of "$1"); }
# shellcheck disable=SC2046
docs() { phiscan search '*:*' --limit 1 --workspace "$1" $(db_of "$1") | tail -1 | sed 's/.* of \([0-9]*\) match.*/\1/'; }
out_of() { ls -d "$1"/reports/*/ | tail -1; }
log_of() { echo "$1/logs/phiscan.log"; }

echo "== uninterrupted run${DB_SERVER:+ (databases on $DB_SERVER)}"
t0=$(date +%s)
new_db "$WORK/ws-reference"
audit "$WORK/ws-reference" || exit 1
echo "   ($(( $(date +%s) - t0 )) s)"
REF_OUT=$(out_of "$WORK/ws-reference")
REF_DOCS=$(docs "$WORK/ws-reference")

# runs the audit (or, with RESCAN=1, the rescan under the other policy below) in workspace $1,
# waits until its log has a line matching $2 (and $4 seconds more), then sends signal $3
interrupt() {
  local ws=$1 marker=$2 signal=$3 delay=${4:-0} pid
  local command=(audit "$WORK/exports")
  [ -n "${RESCAN:-}" ] && command=(rescan --policy "$WORK/other-policy.yaml")
  [ -z "${RESCAN:-}" ] && new_db "$ws"
  # started directly (not through a function) so that $! is the java process itself
  # shellcheck disable=SC2046
  java -jar "$JAR" "${command[@]}" --workspace "$ws" $(db_of "$ws") > "$ws.first.out" 2> "$ws.first.err" &
  pid=$!
  until grep -q "$marker" "$(log_of "$ws")" 2>/dev/null; do
    if ! kill -0 "$pid" 2>/dev/null; then echo "   the ${command[0]} ended before '$marker'"; return 1; fi
    sleep 0.05
  done
  sleep "$delay"
  kill "-$signal" "$pid"
  wait "$pid" 2>/dev/null
  echo "   first attempt: SIG$signal sent ${delay}s after the log said '$marker'; exit code $?"
}

status=0
check() {
  local name=$1 ws=$2 code
  # shellcheck disable=SC2046
  phiscan runs --failed --workspace "$ws" $(db_of "$ws") | sed -n '2p;4,5p' | sed 's/^/   runs --failed: /'
  if [ -n "${RESCAN:-}" ]; then rescan "$ws"; else audit "$ws"; fi > "$ws.second.out" 2> "$ws.second.err"
  code=$?
  echo "   same command again: exit code $code: $(cat "$ws.second.out")"
  if [ "$code" != 0 ]; then cat "$ws.second.err"; status=1; return; fi
  printf '   %-10s ' "$name:"
  python3 bench/compare-runs.py "${REF_OUT_OF:-$REF_OUT}" "$(out_of "$ws")" "$REF_DOCS" "$(docs "$ws")" || status=1
}

echo "== kill -9 during ingest (4 s after the units started, two archives being read side by side)"
interrupt "$WORK/ws-ingest" "part(s) to read in [0-9]* unit(s)" 9 4 && check ingest "$WORK/ws-ingest" || status=1
echo "== kill -9 during detect"
interrupt "$WORK/ws-detect" "detect: [0-9]* exchange" 9 1.5 && check detect "$WORK/ws-detect" || status=1
echo "== kill -9 during report"
interrupt "$WORK/ws-report" "report: writing the reports" 9 && check report "$WORK/ws-report" || status=1
echo "== SIGTERM during ingest (graceful stop, 4 s after the units started)"
interrupt "$WORK/ws-sigterm" "part(s) to read in [0-9]* unit(s)" TERM 4 && sed 's/^/   stderr: /' "$WORK/ws-sigterm.first.err"
check sigterm "$WORK/ws-sigterm"

# another policy: lower thresholds, and words of the archives' everyday messages taken for
# symptoms, so that many messages get new signals and many findings change
cat > "$WORK/other-policy.yaml" <<'POLICY'
version: "crash-test-other"
severity:
  high: 3.0
  medium: 1.0
lexicon:
  symptom:
    - coffee
    - conference
POLICY
# shellcheck disable=SC2046
rescan() { phiscan rescan --policy "$WORK/other-policy.yaml" --workspace "$1" $(db_of "$1"); }
rm -rf "$WORK/ws-rescan-reference" "$WORK/ws-rescan"
cp -a "$WORK/ws-reference" "$WORK/ws-rescan-reference"
cp -a "$WORK/ws-reference" "$WORK/ws-rescan"
new_db "$WORK/ws-rescan-reference" "$WORK/ws-reference"
new_db "$WORK/ws-rescan" "$WORK/ws-reference"
echo "== a rescan under another policy, uninterrupted"
rescan "$WORK/ws-rescan-reference" | sed 's/^/   /' || exit 1
RESCAN_OUT=$(out_of "$WORK/ws-rescan-reference")
echo "== kill -9 during the rescan's annotate step (every message annotated again)"
RESCAN=1 interrupt "$WORK/ws-rescan" "annotate: [0-9]* message(s) in the index" 9 1 \
  && RESCAN=1 REF_OUT_OF=$RESCAN_OUT check rescan "$WORK/ws-rescan" || status=1
echo "== reference: $REF_OUT; of the rescan: $RESCAN_OUT"
exit $status
