"""The command line: `main` and `build_parser` (program.py), the shared helpers (common.py), the
data protection commands (records.py). `python -m caseapp.cli` runs it (__main__.py)."""

from caseapp.cli.program import build_parser, main

__all__ = ["build_parser", "main"]
