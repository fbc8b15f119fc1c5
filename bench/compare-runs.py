#!/usr/bin/env python3
"""Compares a run's outputs with a reference run's, for bench/crash-test.sh.

  bench/compare-runs.py REFERENCE_OUT CANDIDATE_OUT REFERENCE_DOCS CANDIDATE_DOCS

Prints one line and exits 0 when: the findings are identical (every field of every finding, ids
included; findings.json carries no run id inside a finding), the inputs and their counts are
identical, the index holds the same number of documents, and the reconciliation balances:
per export, the skipped count equals its rows in skipped.csv, and the messages of all exports
add up to the documents in the index (every generated message has its own id). A rescan's outputs
name no export (it reads none): then only the findings and the index's documents are compared.
"""
import csv
import json
import sys


def load(out):
    with open(out + "/findings.json", encoding="utf-8") as f:
        doc = json.load(f)
    with open(out + "/skipped.csv", encoding="utf-8", newline="") as f:
        skipped = list(csv.DictReader(f))
    return doc, skipped


def main(ref_out, out, ref_docs, docs):
    ref, ref_skipped = load(ref_out)
    got, skipped = load(out)
    problems = []
    if got["findings"] != ref["findings"]:
        ids = {f["id"] for f in got["findings"]} ^ {f["id"] for f in ref["findings"]}
        problems.append("findings differ (%d vs %d; ids in one only: %d)" % (len(got["findings"]), len(ref["findings"]), len(ids)))
    if got["run"]["inputs"] != ref["run"]["inputs"]:
        problems.append("inputs or their counts differ")
    if int(docs) != int(ref_docs):
        problems.append("index documents differ (%s vs %s)" % (docs, ref_docs))
    for i in got["run"]["inputs"]:
        rows = sum(1 for r in skipped if r["file"].startswith(i["path"] + "!") or r["file"] == i["path"])
        if rows != i["skipped"]:
            problems.append("%s: %d skipped counted, %d in skipped.csv" % (i["path"], i["skipped"], rows))
    messages = sum(i["messages"] for i in got["run"]["inputs"])
    if got["run"]["inputs"] and messages != int(docs):
        problems.append("messages %d != index documents %s" % (messages, docs))
    skipped_total = sum(i["skipped"] for i in got["run"]["inputs"])
    line = "findings %d, messages %d, skipped %d, encrypted %d, index documents %s" % (
        len(got["findings"]), messages, skipped_total, sum(i["encrypted"] for i in got["run"]["inputs"]), docs)
    if not got["run"]["inputs"]:
        line = "findings %d, no export read, index documents %s" % (len(got["findings"]), docs)
    if problems:
        print("DIFFERENT: " + "; ".join(problems) + " (" + line + ")")
        return 1
    print("identical to the uninterrupted run" + (", reconciliation balanced" if got["run"]["inputs"] else "")
          + " (" + line + ")")
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:5]))
