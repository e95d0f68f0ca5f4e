#!/bin/bash
# The fixed-seed outputs of the command line (PDFs, .ics, JSON), as sha256 sums, to show that a
# move inside the code changes none of them. Run it on two trees and compare the sums:
#
#   bench/fixed_seed_outputs.sh /path/to/old-tree /tmp/old > old.sums
#   bench/fixed_seed_outputs.sh "$PWD" /tmp/new > new.sums && diff old.sums new.sums
#
# The demo caseload (8 citizens, seed 7) is written as of 2026-12-01 and every command runs
# under faketime (Debian's faketime package) at 2026-12-01 10:00. What differs by design between
# two runs is masked: the device id (random per database) and the seconds of the access log's
# times and of the .ics DTSTAMP (the faked clock ticks while a command starts).
set -e
TREE=$(cd "$1" && pwd); OUT=$2
PYTHON=${PYTHON:-/work/main/.venv/bin/python}
rm -rf "$OUT"; mkdir -p "$OUT"
cd "$TREE"; export PYTHONPATH="$TREE" CASEAPP_PASSPHRASE=fixed-seed-passphrase QT_QPA_PLATFORM=offscreen
C() { faketime "2026-12-01 10:00:00" "$PYTHON" -m caseapp.cli "$@"; }
DB="$OUT/g.db"
"$PYTHON" - "$DB" <<'PY'
import datetime as dt, os, sys
from pathlib import Path
from caseapp.demo.generator import generate_demo
from caseapp.service import CaseService
from caseapp.storage.keys import DatabaseKey

with CaseService.create(Path(sys.argv[1]), DatabaseKey(passphrase=os.environ["CASEAPP_PASSPHRASE"])) as s:
    handle = s.__dict__.get("_db") or s.__dict__.get("db")  # older trees called it db
    generate_demo(handle, citizens=8, seed=7, today=dt.date(2026, 12, 1))
PY
C citizens --db "$DB" --json > "$OUT/citizens.json"
C search --db "$DB" --json Anna > "$OUT/search.json" || true
C export status --db "$DB" --all --out "$OUT/status" >/dev/null
C export overview --db "$DB" --out "$OUT/overview.pdf" >/dev/null
C export overview --db "$DB" --by-worker --out "$OUT/overview_worker.pdf" >/dev/null
for c in 1 2 3 4 5 6 7 8; do C export plan --db "$DB" --citizen $c --out "$OUT/plan_$c.pdf" >/dev/null; done
C calendar export --db "$DB" --from 2026-01-01 --to 2026-06-30 --out "$OUT/cal.ics" >/dev/null
C calendar export --db "$DB" --from 2026-01-01 --to 2026-06-30 --with-names --out "$OUT/cal_names.ics" >/dev/null
C export insight --db "$DB" --citizen 2 --out "$OUT/insight.pdf" --data "$OUT/insight.json" >/dev/null
C deadlines --db "$DB" --json > "$OUT/deadlines.json"
sed -i -E 's/"at": "2026-12-01T10:00:[0-9]+"/"at": "2026-12-01T10:00"/; s/"device": "[0-9a-f]+"/"device": "(random per database)"/' "$OUT/insight.json"
sed -i -E 's/^DTSTAMP:20261201T10000[0-9]Z/DTSTAMP:20261201T1000xxZ/' "$OUT"/*.ics
rm -f "$DB" "$DB"-*
cd "$OUT" && find . -type f | sort | xargs sha256sum
