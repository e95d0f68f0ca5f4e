"""The command line: `main` and `build_parser` (program.py), the shared helpers (common.py), one
module per area's commands (records, followup, meetings, handover, exports, notes, team).
`python -m caseapp.cli` runs it (__main__.py)."""

from caseapp.cli.program import before_exit, build_parser, main

__all__ = ["before_exit", "build_parser", "main"]
