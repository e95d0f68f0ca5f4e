"""Benchmark of the PDFs (DESIGN.md section 8): a ten-page status description under 300 ms and
the 220-row caseload overview under 2 s.

    .venv/bin/python bench/pdf_bench.py            # status: median of 10; overview: median of 5
    .venv/bin/python bench/pdf_bench.py --repeat-status 3 --repeat-overview 2

The status description is built from a fictional citizen written through CaseService (four
effort goals, three sub-goals each, ratings every month, evaluations sized so the document is
exactly ten pages). The overview uses a 220-citizen demo caseload (caseapp.demo). Both are
timed twice: the layout alone (`build_*_pdf`, what the target is about) and reading the data
from the encrypted store plus the layout. Fonts are registered before timing (once per process
in the app as well). Results print as Markdown; the databases live in a temporary folder.

These are in-process figures (a warm interpreter, fonts already registered): they are not to be
set beside a program started from scratch. The whole-process comparison with LibreOffice is
status_export_bench.py.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from status_fixture import TODAY, pdf_pages, ten_page_status  # noqa: E402

from caseapp.reports import fonts  # noqa: E402
from caseapp.reports.overview_pdf import build_overview_pdf, overview_data  # noqa: E402
from caseapp.reports.status_pdf import build_status_pdf, status_report_data  # noqa: E402
from caseapp.service import CaseService  # noqa: E402
from caseapp.storage.keys import DatabaseKey  # noqa: E402

TARGET_STATUS_MS = 300.0
TARGET_OVERVIEW_MS = 2000.0


def _median_ms(func: Callable[[], object], repeat: int) -> tuple[float, list[float]]:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        func()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times), times


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat-status", type=int, default=10)
    parser.add_argument("--repeat-overview", type=int, default=5)
    parser.add_argument("--citizens", type=int, default=220)
    args = parser.parse_args(argv)
    fonts.register_fonts()
    rows: list[tuple[str, float, float, str]] = []
    with tempfile.TemporaryDirectory(prefix="caseapp-pdf-bench-") as tmp:
        folder = Path(tmp)
        print("preparing a ten-page status description ...", file=sys.stderr)
        service, status_id, _ = ten_page_status(folder / "status.db", DatabaseKey(passphrase="bench"))
        data = status_report_data(service._db, status_id=status_id, today=TODAY)
        pages = pdf_pages(build_status_pdf(data))
        build, _ = _median_ms(lambda: build_status_pdf(data), args.repeat_status)
        full, _ = _median_ms(
            lambda: build_status_pdf(status_report_data(service._db, status_id=status_id,
                                                        today=TODAY)),
            args.repeat_status,
        )
        rows.append((f"status description, {pages} pages (median of {args.repeat_status})",
                     build, full, f"< {TARGET_STATUS_MS:.0f}"))
        service.close()

        print(f"generating a {args.citizens}-citizen demo caseload ...", file=sys.stderr)
        from caseapp.demo.generator import generate_demo

        service = CaseService.create(folder / "caseload.db", DatabaseKey(passphrase="bench"))
        generate_demo(service._db, citizens=args.citizens, years=2.0, seed=1, today=TODAY)
        # closed cases included, so the sheet has exactly one row per generated citizen
        overview = overview_data(service._db, today=TODAY, include_closed=True)
        pdf = build_overview_pdf(overview)
        build, _ = _median_ms(lambda: build_overview_pdf(overview), args.repeat_overview)
        full, _ = _median_ms(
            lambda: build_overview_pdf(overview_data(service._db, today=TODAY, include_closed=True)),
            args.repeat_overview,
        )
        rows.append((f"caseload overview, {len(overview.rows)} rows, {pdf_pages(pdf)} pages "
                     f"(median of {args.repeat_overview})", build, full,
                     f"< {TARGET_OVERVIEW_MS:.0f}"))
        service.close()

    print("| document | layout ms | data + layout ms | target ms |")
    print("|---|---:|---:|---:|")
    for name, build_ms, full_ms, target in rows:
        print(f"| {name} | {build_ms:.0f} | {full_ms:.0f} | {target} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
