"""The file side of every print-out: the names a PDF gets from a citizen's name, where an `--out`
that is a folder puts it, and writing it so a crash never leaves half a file. No reportlab here:
the desktop names and saves files with these before (or without) laying out a PDF.

File names carry the citizen's id and an ASCII form of the name, never the CPR number.
"""

from __future__ import annotations

import contextlib
import os
import re
import tempfile
import unicodedata
from pathlib import Path

from caseapp.errors import CaseappError, InvalidInput

_DANISH = str.maketrans(
    {"æ": "ae", "ø": "oe", "å": "aa", "Æ": "Ae", "Ø": "Oe", "Å": "Aa", "ß": "ss"}
)


def ascii_name(name: str, limit: int = 48) -> str:
    """'Søren Ågård Bækgaard' -> 'soeren_aagaard_baekgaard' (safe on every file system)."""
    text = unicodedata.normalize("NFKD", name.translate(_DANISH))
    text = text.encode("ascii", "ignore").decode("ascii").lower()
    text = re.sub(r"[^a-z0-9]+", "_", text).strip("_")
    return text[:limit].rstrip("_") or "borger"


def status_file_name(citizen_id: int, name: str) -> str:
    return f"status_{citizen_id}_{ascii_name(name)}.pdf"


def insight_file_name(citizen_id: int, name: str) -> str:
    return f"indsigt_{citizen_id}_{ascii_name(name)}.pdf"


def handover_file_name(citizen_id: int, name: str) -> str:
    return f"overdragelse_{citizen_id}_{ascii_name(name)}.pdf"


def plan_file_name(citizen_id: int, name: str) -> str:
    return f"plan_{citizen_id}_{ascii_name(name)}.pdf"


def pdf_target(out: Path, default_name: str) -> Path:
    """`out` itself, or `default_name` inside it when `out` is a folder; a file must end in .pdf."""
    out = Path(out).expanduser()
    if out.is_dir():
        return out / default_name
    if out.suffix.lower() != ".pdf":
        raise InvalidInput(f"Filnavnet {out.name} skal ende på .pdf.")
    return out


def write_atomic(path: Path, data: bytes) -> Path:
    """Write `data` to `path` through a temporary file in the same folder and os.replace."""
    path = Path(path)
    folder = path.parent
    if not folder.is_dir():
        raise InvalidInput(f"Mappen {folder} findes ikke.")
    tmp_name: str | None = None
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=".caseapp-", suffix=".pdf.tmp", dir=folder)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp_name, path)
        tmp_name = None
    except PermissionError:
        raise CaseappError(f"Der er ikke adgang til at skrive i mappen {folder}.") from None
    except IsADirectoryError:
        raise InvalidInput(f"{path} er en mappe; angiv et filnavn, der ender på .pdf.") from None
    except OSError as exc:
        reason = exc.strerror or exc.__class__.__name__
        raise CaseappError(f"Filen kunne ikke skrives i mappen {folder} ({reason}).") from None
    finally:
        if tmp_name is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp_name)
    return path
