"""One `caseapp export status --citizen` timed phase by phase, in the order the command runs them.

Run by `status_export_bench.py --phases` as a fresh process in the tree measured, inside the
bench's private D-Bus session (the key comes from its keyring):

    python bench/status_export_phases.py DB CITIZEN OUT.pdf

It does what `caseapp.cli` does for that command, step by step through the same functions, and
prints one JSON object: milliseconds per phase since the previous one, the first counted from
this script's start (the interpreter's own start is not in it). The command's own exit
(gc.freeze, the interpreter's shutdown) is not in it either.
"""

from __future__ import annotations

import time

START = time.perf_counter()

import json  # noqa: E402  (after the clock starts)
import sys  # noqa: E402
from pathlib import Path  # noqa: E402


def main(db: str, citizen: str, out: str) -> dict[str, float]:
    marks: list[tuple[str, float]] = []

    def mark(phase: str) -> None:
        marks.append((phase, time.perf_counter()))

    from caseapp.cli import program

    argv = ["export", "status", "--db", db, "--citizen", citizen, "--out", out]
    # a tree from before the command line built one command's parser has no command_named
    named = program.command_named(argv) if hasattr(program, "command_named") else None
    args = (program.build_parser(None, named) if named else program.build_parser()).parse_args(argv)
    mark("import the command line, build the parser")
    from caseapp.reports import commands  # noqa: F401  (what the command imports first)

    mark("import the status description's modules")
    # loaded by now, with reports.commands: the steps of commands.export_status, one by one
    from caseapp.cli.common import existing_database
    from caseapp.domain.enums import AccessAction
    from caseapp.reports.files import pdf_target, status_file_name, write_atomic
    from caseapp.reports.status_pdf import build_status_pdf, status_report_data
    from caseapp.storage import access_log

    path, key = existing_database(args)
    mark("keyring: import, choose the backend, read the key")
    from caseapp.storage import store

    conn = store.open_for_reading(path, key)
    mark("open the database")
    from caseapp.reports import fonts

    fonts.register_fonts()
    mark("register the fonts")
    data = status_report_data(conn, citizen_id=int(args.citizen))
    mark("read the data")
    pdf = build_status_pdf(data)
    mark("lay out ten pages, the PDF's bytes")
    write_atomic(pdf_target(Path(args.out), status_file_name(int(args.citizen), data.citizen_name)),
                 pdf)
    access_log.record(conn, AccessAction.PRINTED, [int(args.citizen)], "statusbeskrivelse")
    conn.close()
    mark("write the file, log the print, close")
    times, previous = {}, START
    for phase, at in marks:
        times[phase] = (at - previous) * 1000
        previous = at
    return times


if __name__ == "__main__":
    print(json.dumps(main(*sys.argv[1:4])))
