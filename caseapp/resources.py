"""Where the program's own files (fonts, icons, translations) are, however caseapp is installed.

The `resources/` folder sits next to the `caseapp` package in a source checkout and an editable
install. A frozen bundle (PyInstaller) unpacks it under `sys._MEIPASS`; a wheel may ship it as
package data in `caseapp/_resources/`; a system package may put it under
`<prefix>/share/caseapp/resources/`. `CASEAPP_RESOURCES` overrides them all (packagers, tests).
"""

from __future__ import annotations

import logging
import os
import sys
from functools import lru_cache
from pathlib import Path

from caseapp.errors import CaseappError

log = logging.getLogger(__name__)

RESOURCES_ENV = "CASEAPP_RESOURCES"
_PACKAGE_DIR = Path(__file__).resolve().parent


def candidate_roots() -> list[Path]:
    """The folders that may hold the resources, most specific first."""
    roots: list[Path] = []
    override = os.environ.get(RESOURCES_ENV, "").strip()
    if override:
        roots.append(Path(override).expanduser())
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        roots.append(Path(bundle) / "resources")
    roots += [
        _PACKAGE_DIR / "_resources",  # shipped inside the package as package data
        _PACKAGE_DIR.parent / "resources",  # source checkout or editable install
        Path(sys.prefix) / "share" / "caseapp" / "resources",  # data files of a system install
    ]
    return roots


@lru_cache(maxsize=256)
def _find(parts: tuple[str, ...]) -> Path | None:
    for root in candidate_roots():
        path = root.joinpath(*parts)
        if path.exists():
            return path
    return None


def resource_path(*parts: str) -> Path:
    """The path of one resource, e.g. `resource_path("fonts", "DejaVuSans.ttf")`.

    Raises CaseappError with a Danish sentence when the installation lacks the file.
    """
    if not parts or any(not p or p in (".", "..") or "/" in p or "\\" in p for p in parts):
        raise ValueError(f"invalid resource name {parts!r}")
    found = _find(tuple(parts))
    if found is None:
        name = "/".join(parts)
        log.error("resource %s not found in %s", name, candidate_roots())
        raise CaseappError(
            f"Programfilen resources/{name} mangler; installationen er ufuldstændig."
        )
    return found
