#!/usr/bin/env python3
"""An evidence pack checked independently of Gatehouse's C++: every record of
chain/segment.jsonl rehashed (the README's canonical form) and linked from the
start head to the end head, and every grant population read with Python's csv
module and compared with the records the segment holds for it; every
access-review row is compared with the export record's campaigns and, where
it names one, with its decision record in the segment.

  evidence_check.py PACK_DIR     prints "OK records=N rows=M", or what differs (exit 1)
"""
import csv
import hashlib
import io
import json
import os
import sys

GRANT_FILES = {
    "grant.created": "grants-created.csv",
    "grant.approved": "grants-approved.csv",
    "grant.denied": "grants-denied.csv",
    "grant.revoked": "grants-revoked.csv",
    "grant.expired": "grants-expired.csv",
}


def canonical(r):
    obj = {k: r[k] for k in ("time", "actor", "action", "object_type", "object_id",
                             "before", "after", "prev_hash")}
    obj["seq"] = str(r["seq"])
    return json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


def fail(message):
    print("MISMATCH " + message)
    sys.exit(1)


def main(pack):
    with open(os.path.join(pack, "chain", "segment.jsonl"), encoding="utf-8") as f:
        records = [json.loads(line) for line in f if line.strip()]
    with open(os.path.join(pack, "chain", "heads.json"), encoding="utf-8") as f:
        heads = json.load(f)
    prev = heads["start"]["hash"]
    for r in records:
        if r["prev_hash"] != prev:
            fail("link broken at seq %s" % r["seq"])
        if hashlib.sha256(canonical(r)).hexdigest() != r["hash"]:
            fail("hash of seq %s" % r["seq"])
        prev = r["hash"]
    if records[-1]["seq"] != heads["end"]["seq"] or prev != heads["end"]["hash"]:
        fail("the segment does not end at the end head")

    scope = records[-1]["after"]
    services = scope["services"]
    rows_total = 0
    for action, name in GRANT_FILES.items():
        want = [(str(r["seq"]), r["object_id"], r["actor"], r["after"]["service"],
                 r["after"]["subject"], r["after"]["reason"], r["hash"]) for r in records
                if r["action"] == action and scope["from"] <= r["time"] < scope["to"]
                and (not services or r["after"]["service"] in services)]
        with open(os.path.join(pack, "populations", name), encoding="utf-8", newline="") as f:
            text = f.read()
        body = "".join(l for l in io.StringIO(text, newline="").readlines()
                       if not l.startswith("# "))
        table = list(csv.DictReader(io.StringIO(body, newline="")))
        # A leading = + - @ is written with an apostrophe for spreadsheets.
        plain = lambda v: v[1:] if v[:2] in ("'=", "'+", "'-", "'@") else v
        have = [(row["seq"], row["grant_id"], row["actor"], row["service"], row["subject"],
                 plain(row["reason"]), row["record_hash"]) for row in table]
        if have != want:
            fail("%s: csv %s, chain %s" % (name, have, want))
        if "# row count: %d\n" % len(want) not in text:
            fail("%s: row count header" % name)
        rows_total += len(have)
    by_seq = {str(r["seq"]): r for r in records}
    want = []
    for c in scope.get("access_reviews", []):
        for i in c["items"]:
            if not services or i["service"] in services:
                want.append((c["id"], i["id"], i["service"], i["subject"], i["decision"],
                             i["reason"], i["decided_by"]))
    with open(os.path.join(pack, "populations", "access-reviews.csv"), encoding="utf-8",
              newline="") as f:
        body = "".join(l for l in f.readlines() if not l.startswith("# "))
    table = list(csv.DictReader(io.StringIO(body, newline="")))
    have = [(row["campaign_id"], row["item"], row["service"], row["subject"], row["decision"],
             row["reason"], row["decided_by"]) for row in table]
    if have != want:
        fail("access-reviews.csv: csv %s, export record %s" % (have, want))
    reviewed = 0
    for row in table:
        if not row["decision_seq"]:
            continue
        r = by_seq.get(row["decision_seq"])
        if (r is None or r["action"] not in ("review.decided", "review.unreviewed")
                or r["object_id"] != row["campaign_id"] + "/" + row["item"]
                or r["after"]["decision"] != row["decision"] or r["actor"] != row["decided_by"]
                or r["after"]["reason"] != row["reason"] or r["hash"] != row["decision_record_hash"]):
            fail("access-reviews.csv: row %s/%s and its record" % (row["campaign_id"], row["item"]))
        reviewed += 1
    print("OK records=%d rows=%d reviews=%d decided_on_record=%d" % (
        len(records), rows_total, len(have), reviewed))


main(sys.argv[1])
