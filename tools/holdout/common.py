"""Shared pieces of the held-out export writers: exchanges, labels, time, JSON printers."""
import csv
import io
import json
import os
import shutil
from datetime import datetime, timedelta, timezone


class Ex:
    """One labeled exchange: what a compliance officer should see, and the messages in it.

    msgs: list of (who, text, opts) where who is 'o' for the account owner or a person key, and
    opts a dict (photo=True, minutes=N after the previous message, ...).
    """

    def __init__(self, finding, severity, category, why, msgs, **extra):
        self.finding = finding
        self.severity = severity
        self.category = category
        self.why = why
        self.msgs = [m if len(m) == 3 else (m[0], m[1], {}) for m in msgs]
        self.extra = extra
        self.key = None


def yes(severity, category, why, msgs, **extra):
    return Ex(True, severity, category, why, msgs, **extra)


def no(category, why, msgs, **extra):
    return Ex(False, "", category, why, msgs, **extra)


def utc(text):
    return datetime.strptime(text, "%Y-%m-%d %H:%M").replace(tzinfo=timezone.utc)


def times(start, msgs, step=7):
    """The instant of each message: start, then each message some minutes after the previous."""
    out = []
    t = start
    for i, (_, _, opts) in enumerate(msgs):
        if i > 0:
            t = t + timedelta(minutes=opts.get("minutes", step))
        out.append(t)
    return out


def fresh(path):
    if os.path.exists(path):
        shutil.rmtree(path)
    os.makedirs(path)


def write(path, text, bom=False, newline="\n"):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    data = text.replace("\n", newline).encode("utf-8")
    if bom:
        data = b"\xef\xbb\xbf" + data
    with open(path, "wb") as f:
        f.write(data)


def write_labels(export, platform, exchanges):
    """Writes <export>.labels.csv beside the export (the export itself stays as the platform gives it)."""
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["key", "finding", "severity", "messages", "category", "why"])
    for e in exchanges:
        w.writerow([platform + ":" + e.key, "yes" if e.finding else "no", e.severity, len(e.msgs), e.category, e.why])
    write(export + ".labels.csv", buf.getvalue())


def mojibake(s):
    """Meta's bug: every UTF-8 byte written as its own code point (then as \\u00XX by JSON)."""
    return s.encode("utf-8").decode("latin-1")


def meta_json(obj):
    """Meta's layout: 2-space indent, \\u escapes of the mojibake."""
    def fix(o):
        if isinstance(o, str):
            return mojibake(o)
        if isinstance(o, list):
            return [fix(x) for x in o]
        if isinstance(o, dict):
            return {mojibake(k): fix(v) for k, v in o.items()}
        return o
    return json.dumps(fix(obj), indent=2, ensure_ascii=True)


def x_json(obj, indent=0):
    """X's expanded layout: 2-space indent, '"key" : value', '[ ]' for an empty array."""
    pad = "  " * indent
    inner = "  " * (indent + 1)
    if isinstance(obj, dict):
        if not obj:
            return "{ }"
        items = [inner + json.dumps(k, ensure_ascii=False) + " : " + x_json(v, indent + 1) for k, v in obj.items()]
        return "{\n" + ",\n".join(items) + "\n" + pad + "}"
    if isinstance(obj, list):
        if not obj:
            return "[ ]"
        return "[\n" + ",\n".join(inner + x_json(v, indent + 1) for v in obj) + "\n" + pad + "]"
    return json.dumps(obj, ensure_ascii=False)


def jackson_json(obj, indent=0):
    """Jackson's default pretty printer: objects one key a line, arrays inline ('[ {' ... '}, {' ... '} ]')."""
    pad = "  " * indent
    inner = "  " * (indent + 1)
    if isinstance(obj, dict):
        if not obj:
            return "{ }"
        items = [inner + json.dumps(k, ensure_ascii=False) + " : " + jackson_json(v, indent + 1) for k, v in obj.items()]
        return "{\n" + ",\n".join(items) + "\n" + pad + "}"
    if isinstance(obj, list):
        if not obj:
            return "[ ]"
        return "[ " + ", ".join(jackson_json(v, indent) for v in obj) + " ]"
    return json.dumps(obj, ensure_ascii=False)


def csv_text(header, rows, quote_all=False, escape_backslash=False, newline="\n"):
    buf = io.StringIO()
    if escape_backslash:
        # LinkedIn's Comments.csv: quotes inside a field escaped as \" rather than doubled
        lines = [",".join(header)]
        for r in rows:
            cells = []
            for c in r:
                c = "" if c is None else str(c)
                if any(ch in c for ch in ',"\n'):
                    c = '"' + c.replace('"', '\\"') + '"'
                cells.append(c)
            lines.append(",".join(cells))
        return newline.join(lines) + newline
    w = csv.writer(buf, lineterminator=newline, quoting=csv.QUOTE_ALL if quote_all else csv.QUOTE_MINIMAL)
    w.writerow(header)
    for r in rows:
        w.writerow(["" if c is None else c for c in r])
    return buf.getvalue()
