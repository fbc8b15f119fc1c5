#!/usr/bin/env python3
"""Damage test: one file of a small generated input damaged per case, audited, and what was indexed
and skipped compared with the undamaged input's audit.

    bench/damage.py [--platforms LIST] [--messages N] [--cases N] [--first-case N] [--zip] [WORKDIR]

Generates WORKDIR/exports (phiscan generate, files of at most 20 messages, seed 5) and audits it
once; then for each case, seeded by its number, picks one export file holding records (JSON, X's
.js, CSV), damages it once (a run of 1 to 40 bytes cut out, one byte replaced or put in, chosen
among the bytes of JSON and CSV structure, a NUL, bytes that are not UTF-8 and text, or the file
cut short), audits the damaged copy in a fresh workspace and counts the messages indexed (by
phiscan search, per platform) and the rows of skipped.csv. A case is:
  FAILED      when the audit does not complete (exit code other than 0 or 3): damage must not end a run;
  SILENT      when messages are missing and skipped.csv lists nothing: a loss nobody is told of;
  UNEXPLAINED when more messages are missing than records overlap the damage and than
              skipped.csv has rows: worth a look (one row may rightly stand for several records);
and each such case's damaged input is kept under WORKDIR/case-N. Exits 1 when a case is FAILED or SILENT.
With --zip, each export is audited as the zip a platform delivers (its folder's files at the zip's
root, deflated), and a case damages one of the zips anywhere (local headers, compressed data, the
central directory); the bytes of a zip say nothing of the records they hold, so UNEXPLAINED is not told.
Needs target/phiscan.jar (mvn -B -q package -DskipTests) and python3; a case takes 10 to 30 s (an audit,
and a search for each platform).
"""
import argparse
import csv
import glob
import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
JAR = os.path.join(ROOT, "target", "phiscan.jar")
PLATFORMS = ["twitter", "facebook", "instagram", "linkedin", "mastodon", "reddit"]
STRUCTURE = [b'"', b"{", b"}", b"[", b"]", b",", b":", b"\\", b"\x00", b"\xff", b"\xc3", b"\n", b"x", b"<"]


def phiscan(*args):
    return subprocess.run(["java", "-jar", JAR, *args], capture_output=True, text=True)


def csv_spans(data):
    """(start, end) byte offsets of each row after the header."""
    lines = data.splitlines(keepends=True)
    consumed = [0]

    def feed():
        for line in lines:
            consumed[0] += len(line)
            yield line.decode("utf-8", "replace")

    spans, start, header = [], 0, True
    for row in csv.reader(feed()):
        if not header and row:
            spans.append((start, consumed[0]))
        header, start = False, consumed[0]
    return spans


def record_array(document):
    """The path of the array the records are in: a thread's messages, else the largest array of objects."""
    if isinstance(document, dict) and isinstance(document.get("messages"), list):
        return ("messages",)
    best = None

    def walk(value, path):
        nonlocal best
        if isinstance(value, list):
            if value and all(isinstance(e, dict) for e in value) and (best is None or len(value) > best[0]):
                best = (len(value), path)
            for element in value:
                walk(element, path + ("[]",))
        elif isinstance(value, dict):
            for key, member in value.items():
                walk(member, path + (key,))

    walk(document, ())
    return None if best is None else best[1]


def json_spans(data):
    """(start, end) byte offsets of the elements of the records' array of a JSON file (or X's .js)."""
    text = data.decode("utf-8")
    starts = [i for i in (text.find("{"), text.find("[")) if i >= 0]
    if not starts:
        return []
    want = record_array(json.loads(text[min(starts):]))
    if want is None:
        return []
    spans, stack, key, i = [], [], None, 0
    while i < len(data):
        c = data[i]
        if c == 0x22:  # a string: a member name when a ':' follows
            j = i + 1
            while data[j] != 0x22:
                j += 2 if data[j] == 0x5C else 1
            k = j + 1
            while k < len(data) and data[k] in b" \t\r\n":
                k += 1
            if k < len(data) and data[k] == 0x3A:
                key = data[i + 1:j].decode("utf-8", "replace")
            i = j + 1
            continue
        if c in b"{[":
            if stack and stack[-1][0] == "[":
                inner = stack[-1][1]
                stack.append(("{" if c == 0x7B else "[", inner + ("[]",), i, inner == want and c == 0x7B))
            else:
                path = stack[-1][1] if stack else ()
                if stack and key is not None:
                    path = path + (key,)
                stack.append(("{" if c == 0x7B else "[", path, i, False))
            key = None
        elif c in b"}]":
            kind, path, start, record = stack.pop()
            if record:
                spans.append((start, i + 1))
        i += 1
    return spans


def spans(path):
    data = open(path, "rb").read()
    try:
        return csv_spans(data) if path.endswith(".csv") else json_spans(data)
    except (ValueError, IndexError):
        return []


def zip_exports(exports):
    """Each export folder under EXPORTS as a zip beside it (its files at the zip's root), the folder removed."""
    for name in sorted(os.listdir(exports)):
        folder = os.path.join(exports, name)
        if not os.path.isdir(folder):
            continue
        with zipfile.ZipFile(folder + ".zip", "w", zipfile.ZIP_DEFLATED) as z:
            for f in sorted(glob.glob(folder + "/**/*", recursive=True)):
                if os.path.isfile(f):
                    z.write(f, os.path.relpath(f, folder))
        shutil.rmtree(folder)


def audit(exports, workspace):
    shutil.rmtree(workspace, ignore_errors=True)
    result = phiscan("audit", exports, "--workspace", workspace)
    indexed = 0
    for platform in PLATFORMS:
        out = phiscan("search", "platform:" + platform, "-n", "1", "--color=never", "--workspace", workspace).stdout
        m = re.search(r"of ([\d,]+) match", out)
        indexed += int(m.group(1).replace(",", "")) if m else 0
    skipped = glob.glob(os.path.join(workspace, "reports", "*", "skipped.csv"))
    rows = open(skipped[0], encoding="utf-8").read().splitlines()[1:] if skipped else []
    return result.returncode, indexed, rows


def damage(data, rng):
    kind = rng.choice(["cut", "cut", "replace", "insert", "truncate"])
    at = rng.randrange(len(data))
    if kind == "cut":
        n = rng.randint(1, 40)
        return kind, data[:at] + data[at + n:], at, at + n
    if kind == "replace":
        return kind, data[:at] + rng.choice(STRUCTURE) + data[at + 1:], at, at + 1
    if kind == "insert":
        return kind, data[:at] + rng.choice(STRUCTURE) + data[at:], at, at + 1
    return kind, data[:at], at, len(data)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("workdir", nargs="?")
    parser.add_argument("--platforms", default=",".join(PLATFORMS))
    parser.add_argument("--messages", type=int, default=300)
    parser.add_argument("--cases", type=int, default=40)
    parser.add_argument("--first-case", type=int, default=0)
    parser.add_argument("--zip", action="store_true", help="audit each export as a zip, and damage the zips")
    args = parser.parse_args()
    if not os.path.exists(JAR):
        sys.exit("build first: mvn -B -q package -DskipTests")
    work = args.workdir or tempfile.mkdtemp()
    exports = os.path.join(work, "exports")
    shutil.rmtree(exports, ignore_errors=True)
    generated = phiscan("generate", exports, "--messages", str(args.messages), "--platforms", args.platforms,
                        "--part-size", "20", "--seed", "5")
    if generated.returncode != 0:
        sys.exit(generated.stderr)
    if args.zip:
        zip_exports(exports)
        candidates = [(f, []) for f in sorted(glob.glob(exports + "/*.zip"))]
    else:
        files = sorted(f for f in glob.glob(exports + "/**/*", recursive=True)
                       if f.endswith((".json", ".js", ".csv")) and not f.endswith("generated.json"))
        candidates = [(f, s) for f in files for s in [spans(f)] if s]
    rc, whole, rows = audit(exports, os.path.join(work, "ws-whole"))
    print(f"undamaged: exit {rc}, {whole} messages indexed, {len(rows)} skipped; {len(candidates)}"
          f" {'zips' if args.zip else 'files with records'}", flush=True)
    silent = unexplained = failed = 0
    for case in range(args.first_case, args.first_case + args.cases):
        rng = random.Random(case)
        path, records = rng.choice(candidates)
        kind, damaged, lo, hi = damage(open(path, "rb").read(), rng)
        overlapping = sum(1 for s, e in records if s < hi and e > lo)
        copy = os.path.join(work, "damaged")
        shutil.rmtree(copy, ignore_errors=True)
        subprocess.run(["cp", "-al", exports, copy], check=True)
        target = copy + path[len(exports):]
        os.unlink(target)
        open(target, "wb").write(damaged)
        rc, indexed, rows = audit(copy, os.path.join(work, "ws-damaged"))
        lost = whole - indexed
        verdict = ""
        if rc not in (0, 3):
            verdict, failed = "FAILED", failed + 1
        elif lost > 0 and not rows:
            verdict, silent = "SILENT", silent + 1
        elif not args.zip and lost > overlapping and lost > len(rows):
            verdict, unexplained = "UNEXPLAINED", unexplained + 1
        touched = "" if args.zip else f" ({overlapping} of {len(records)} records touched)"
        print(f"case {case}: {kind} bytes {lo}-{hi} of {os.path.relpath(path, exports)}{touched}: exit {rc},"
              f" {indexed} indexed, {lost} missing, {len(rows)} skipped {verdict}".rstrip(), flush=True)
        if verdict:
            kept = os.path.join(work, f"case-{case}")
            shutil.rmtree(kept, ignore_errors=True)
            shutil.copytree(copy, kept)
    print(f"{args.cases} case(s): {silent} silent, {unexplained} unexplained, {failed} failed (inputs kept under {work})")
    sys.exit(1 if silent or failed else 0)


if __name__ == "__main__":
    main()
