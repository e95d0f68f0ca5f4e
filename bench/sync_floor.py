"""The floor processes of sync_bench.py: the least work that moves the same rows through the same
two databases, each run as a whole fresh process (`python bench/sync_floor.py`, parameters as
JSON on stdin so nothing shows in `ps`). It prints @@FLOOR (phases), @@T (seconds after
imports), @@HWM and @@CPU on stderr.

Two floors, each with a push and a pull:

- **floor** (issue 17's definition: AES-GCM + json + one SQLite transaction + the PostgreSQL
  insert).
  push: read A's outbox rows, json-encode each entry, AES-GCM it, insert into PostgreSQL (as the
  single-table floor), then one SQLite transaction on a copy of A that records what was sent:
  the sealed rows into `sync_sent` and the rows deleted from `sync_outbox`, what any push that
  may be asked to send an entry again must do at least.
  pull: select the rows back, decrypt, json-decode, and insert them into a copy of B's *real*
  tables in one transaction: per run of rows of one table with the same fields one
  `executemany` into the table the app uses (the entry's fields that are columns; a uuid
  reference looked up as `(SELECT id FROM t WHERE uuid = ?)`), the links of notes to goals and
  of statuses to goals likewise, so the rows pay the same indexes, foreign keys and full-text
  rows as ours. As the app (and the bulk loader) it sets capture aside with `applying = 1` and
  fills the notes' full-text index with one INSERT ... SELECT instead of the per-row trigger.
- **single-table floor** (the floor before): push without any SQLite write; pull into one
  plain SQLite table with no indexes. Kept so that earlier figures can be compared.

Neither signs, chains, pads, checks, merges or keeps clocks.
"""

from __future__ import annotations

import json
import os
import sys
import time
from itertools import groupby
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

PASSPHRASE = "bench-sync-hemmelighed"
FLOOR_BATCH = 2000
FLOOR_SCHEMA = "bench_floor"
HWM_KB = "open('/proc/self/status').read().split('VmHWM:')[1].split()[0]"
# The process's own CPU seconds (user + system): steadier than wall time when other work shares
# the machine. PostgreSQL's own work is in its server process, for the floor and for us alike.
CPU_SECONDS = "sum(__import__('os').times()[:2])"
# What the app sets aside while it applies a pulled batch (caseapp.storage.bulk does the same).
_SET_ASIDE = ("notes_ai", "note_goals_signed_no_insert")


def _push(db, pg, aead, p: dict, record: bool) -> dict:
    """Seal A's outbox rows into PostgreSQL; with `record`, then note them sent in A's copy."""
    opened = time.perf_counter()
    rows = [
        (oid, kind, uid, op, json.loads(fields), hlc) for oid, kind, uid, op, fields, hlc in db.execute(
            "SELECT id, kind, uuid, op, fields, hlc FROM sync_outbox ORDER BY id")
    ]
    read = time.perf_counter()
    team, device, prev, sig = p["team"], p["device"], bytes(32), bytes(64)
    sql = (f"INSERT INTO {FLOOR_SCHEMA}.entries (team_id, seq, device_id, device_seq, proto, "
           "key_epoch, prev, nonce, payload, signature) VALUES (%s, %s, %s, %s, 2, 1, %s, %s, %s, %s)")
    sent = []
    for start_at in range(0, len(rows), FLOOR_BATCH):
        params = []
        for n, (_oid, kind, uid, op, fields, hlc) in enumerate(rows[start_at:start_at + FLOOR_BATCH],
                                                                start_at + 1):
            plain = json.dumps({"kind": kind, "op": op, "uuid": uid, "hlc": hlc, "by": "A",
                                "fields": fields}, ensure_ascii=False).encode()
            nonce = os.urandom(12)
            params.append((team, n, device, n, prev, nonce, aead.encrypt(nonce, plain, None), sig))
        with pg.cursor() as cur:
            cur.executemany(sql, params)
        pg.commit()
        sent.extend(params)
    pushed = time.perf_counter()
    if record and rows:
        with db.atomic():
            db.conn.executemany(
                "INSERT INTO sync_sent (device_seq, key_epoch, prev, nonce, payload, signature) "
                "VALUES (?, 1, ?, ?, ?, ?)", [(s[1], s[4], s[5], s[6], s[7]) for s in sent])
            db.execute("DELETE FROM sync_outbox WHERE id <= ?", [rows[-1][0]])
    return {"read": read - opened, "work": time.perf_counter() - read,
            "sqlite": time.perf_counter() - pushed, "rows": len(rows)}


def _batches(pg, aead, team: str):
    """The team's rows in batches, each decrypted and decoded."""
    after = 0
    while True:
        got = pg.execute(
            f"SELECT seq, nonce, payload FROM {FLOOR_SCHEMA}.entries WHERE team_id = %s "
            "AND seq > %s ORDER BY seq LIMIT %s", [team, after, FLOOR_BATCH]).fetchall()
        pg.commit()
        if not got:
            return
        yield [json.loads(aead.decrypt(nonce, payload, None)) for _seq, nonce, payload in got]
        after = got[-1][0]


def _pull_single_table(db, pg, aead, p: dict) -> int:
    db.execute("CREATE TABLE floor_rows (kind TEXT, uuid TEXT, op TEXT, fields TEXT, hlc INTEGER)")
    count = 0
    with db.atomic():
        for batch in _batches(pg, aead, p["team"]):
            db.conn.executemany("INSERT INTO floor_rows VALUES (?, ?, ?, ?, ?)", [
                (e["kind"], e["uuid"], e["op"], json.dumps(e["fields"], ensure_ascii=False), e["hlc"])
                for e in batch])
            count += len(batch)
    return count


class _RealTables:
    """Inserts decoded entries into the app's own tables: one statement text per table and
    field set, `executemany` per run of consecutive rows that share it."""

    def __init__(self, db):
        from caseapp.sync.capture import TABLES

        self.db, self.tables, self._sql, self._columns = db, TABLES, {}, {}

    def _statement(self, kind: str, keys: tuple[str, ...]) -> tuple[str, tuple[str, ...]]:
        if (kind, keys) not in self._sql:
            spec = self.tables[kind]
            if kind not in self._columns:
                self._columns[kind] = {r[1] for r in self.db.execute(f"PRAGMA table_info({spec.name})")}
            names = tuple(k for k in keys if k in self._columns[kind] and k not in ("id", "uuid"))
            values = ", ".join(
                f"(SELECT id FROM {spec.refs[n]} WHERE uuid = ?)" if n in spec.refs else "?" for n in names)
            quoted = ", ".join(f'"{n}"' for n in ("uuid", *names))
            self._sql[(kind, keys)] = (f"INSERT INTO {spec.name} ({quoted}) VALUES (?, {values})", names)
        return self._sql[(kind, keys)]

    def insert(self, batch: list[dict]) -> int:
        count = 0
        runs = groupby((e for e in batch if e["op"] == "insert" and e["kind"] in self.tables),
                       key=lambda e: (e["kind"], tuple(e["fields"])))
        for (kind, keys), run in runs:
            rows = list(run)
            sql, names = self._statement(kind, keys)
            self.db.conn.executemany(sql, [(e["uuid"], *map(e["fields"].get, names)) for e in rows])
            self._links(kind, rows)
            count += len(rows)
        return count

    def _links(self, kind: str, rows: list[dict]) -> None:
        if kind == "notes":
            self.db.conn.executemany(
                "INSERT INTO note_goals (note_id, goal_id) VALUES ((SELECT id FROM notes WHERE uuid = ?), "
                "(SELECT id FROM goals WHERE uuid = ?))",
                [(e["uuid"], g) for e in rows for g in e["fields"].get("goal_ids") or ()])
        elif kind == "status_descriptions":
            self.db.conn.executemany(
                "INSERT INTO goal_evaluations (status_id, goal_id, evaluation) VALUES "
                "((SELECT id FROM status_descriptions WHERE uuid = ?), (SELECT id FROM goals WHERE uuid = ?), ?)",
                [(e["uuid"], i["goal"], i.get("evaluation", ""))
                 for e in rows for i in e["fields"].get("evaluations") or ()])


def _pull_real_tables(db, pg, aead, p: dict) -> int:
    count = 0
    with db.atomic():
        db.execute("UPDATE sync_state SET applying = 1 WHERE id = 1")
        marks = ", ".join("?" * len(_SET_ASIDE))
        saved = db.execute(f"SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name IN ({marks})",
                           list(_SET_ASIDE)).fetchall()
        for name, _sql in saved:
            db.conn.execute(f"DROP TRIGGER {name}")
        notes_before = db.execute("SELECT coalesce(max(id), 0) FROM notes").fetchone()[0]
        tables = _RealTables(db)
        for batch in _batches(pg, aead, p["team"]):
            count += tables.insert(batch)
        db.execute("INSERT INTO notes_fts (rowid, text) SELECT id, text FROM notes WHERE id > ?", [notes_before])
        for _name, sql in saved:
            db.conn.execute(sql)
        db.execute("UPDATE sync_state SET applying = 0 WHERE id = 1")
    return count


def main() -> int:
    start = time.perf_counter()
    import psycopg
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    from caseapp.storage import connection
    from caseapp.storage.keys import DatabaseKey

    p = json.loads(sys.stdin.read())
    began = time.perf_counter()
    aead = AESGCM(bytes.fromhex(p["aes_key"]))
    db = connection.connect(Path(p["db"]), DatabaseKey(passphrase=PASSPHRASE))
    pg = psycopg.connect(p["pg"])
    opened = time.perf_counter()
    if p["mode"] in ("push", "push-single"):
        phases = _push(db, pg, aead, p, record=p["mode"] == "push")
    else:
        pull = _pull_real_tables if p["mode"] == "pull" else _pull_single_table
        phases = {"rows": pull(db, pg, aead, p), "work": time.perf_counter() - opened}
    phases["open"] = opened - began
    pg.close()
    db.conn.close()
    print("@@FLOOR", json.dumps(phases), file=sys.stderr)
    print("@@T", time.perf_counter() - start, file=sys.stderr)
    print("@@HWM", eval(HWM_KB), file=sys.stderr)  # noqa: S307 - a constant expression
    print("@@CPU", eval(CPU_SECONDS), file=sys.stderr)  # noqa: S307 - a constant expression
    return 0


if __name__ == "__main__":
    sys.exit(main())
