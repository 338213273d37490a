#!/usr/bin/env python3
"""The audit record's canonical form, written independently of Gatehouse's C++
(the README's definition): compact JSON, keys sorted, every column but "hash",
seq as a string, before/after as the JSON they hold.

  audit_canonical.py canonical SEQ   < rows.json   prints record SEQ's canonical bytes
  audit_canonical.py rewrite SEQ WHO < rows.json   sets record SEQ's actor to WHO and
                                                   recomputes every hash from there on
                                                   (prints the changed rows as JSON)
"""
import hashlib
import json
import sys


def canonical(row, prev_hash):
    obj = {
        "seq": str(row["seq"]),
        "time": row["time"],
        "actor": row["actor"],
        "action": row["action"],
        "object_type": row["object_type"],
        "object_id": row["object_id"],
        "before": json.loads(row["before_json"]),
        "after": json.loads(row["after_json"]),
        "prev_hash": prev_hash,
    }
    return json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


def main():
    rows = sorted(json.load(sys.stdin), key=lambda r: r["seq"])
    if sys.argv[1] == "canonical":
        seq = int(sys.argv[2])
        row = next(r for r in rows if r["seq"] == seq)
        sys.stdout.buffer.write(canonical(row, row["prev_hash"]))
        return
    seq, who = int(sys.argv[2]), sys.argv[3]
    changed = []
    prev = None
    for row in rows:
        if row["seq"] < seq:
            prev = row["hash"]
            continue
        if row["seq"] == seq:
            row["actor"] = who
        row["prev_hash"] = prev if prev is not None else row["prev_hash"]
        row["hash"] = hashlib.sha256(canonical(row, row["prev_hash"])).hexdigest()
        prev = row["hash"]
        changed.append({k: row[k] for k in ("seq", "actor", "prev_hash", "hash")})
    json.dump(changed, sys.stdout)


main()
