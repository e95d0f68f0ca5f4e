"""The export commands: status descriptions and the caseload sheet to files, one file per active
citizen, folders that cannot be made or written to, no half-written file, safe file names."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest

from caseapp.domain.enums import CitizenStatus
from caseapp.domain.models import Citizen
from caseapp.errors import CaseappError, InvalidInput
from caseapp.reports import commands, files
from caseapp.service import CaseService
from tests.unit.reports.helpers import _caseload, _pages_text

TODAY = dt.date(2026, 11, 25)


def test_export_status_and_overview_write_files(service: CaseService, plan: dict[str, int],
                                                 tmp_path: Path) -> None:
    out = commands.export_status(service._db, plan["citizen"], tmp_path / "søren.pdf", today=TODAY)
    assert out == tmp_path / "søren.pdf" and out.read_bytes().startswith(b"%PDF-")
    into_folder = commands.export_status(service._db, plan["citizen"], tmp_path, today=TODAY)
    assert into_folder.name == f"status_{plan['citizen']}_soeren_aagaard_baekgaard.pdf"
    overview = commands.export_overview(service._db, tmp_path / "overblik.pdf", today=TODAY)
    assert "Søren Ågård\nBækgaard" in "\n".join(_pages_text(overview.read_bytes()))
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []
    with pytest.raises(InvalidInput, match=r"\.pdf"):
        commands.export_overview(service._db, tmp_path / "overblik.txt", today=TODAY)
    with pytest.raises(InvalidInput, match="findes ikke"):
        commands.export_overview(service._db, tmp_path / "mangler" / "o.pdf", today=TODAY)


def test_export_all_writes_one_file_per_active_citizen_without_cpr(
    service: CaseService, plan: dict[str, int], tmp_path: Path
) -> None:
    ids = _caseload(service, 4)
    service.citizens.add_citizen(Citizen(name="Venter Vængesen", status=CitizenStatus.WAITING))
    seen: list[tuple[int, int]] = []
    paths = commands.export_all_status(service._db, tmp_path / "ny" / "mappe", today=TODAY,
                                       progress=lambda d, t: seen.append((d, t)))
    names = sorted(p.name for p in paths)
    assert len(paths) == 5 and seen[-1] == (5, 5)  # Søren and four more; not the waiting one
    assert f"status_{plan['citizen']}_soeren_aagaard_baekgaard.pdf" in names
    assert f"status_{ids[0]}_borger_000_aeblegaard.pdf" in names
    assert all("1234" not in n and "0390" not in n for n in names)
    assert sorted(p.name for p in (tmp_path / "ny" / "mappe").iterdir()) == names


def test_export_all_into_a_folder_that_cannot_be_made(service: CaseService, citizen_id: int,
                                                      tmp_path: Path) -> None:
    blocker = tmp_path / "fil.txt"
    blocker.write_text("x")
    with pytest.raises(InvalidInput):
        commands.export_all_status(service._db, blocker, today=TODAY)
    with pytest.raises(CaseappError, match="Mappen .* kunne ikke oprettes"):
        commands.export_all_status(service._db, blocker / "under", today=TODAY)


def test_a_failed_write_leaves_no_half_written_file(service: CaseService, citizen_id: int,
                                                   tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "status.pdf"
    target.write_bytes(b"the old file")

    def disk_full(src: str, dst: str) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(files.os, "replace", disk_full)
    with pytest.raises(CaseappError, match="kunne ikke skrives"):
        commands.export_status(service._db, citizen_id, target, today=TODAY)
    assert target.read_bytes() == b"the old file"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".caseapp-")] == []


def test_a_folder_without_write_access_gives_a_danish_sentence(
    service: CaseService, citizen_id: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def denied(*args: object, **kwargs: object) -> tuple[int, str]:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(files.tempfile, "mkstemp", denied)
    with pytest.raises(CaseappError, match="ikke adgang til at skrive i mappen"):
        commands.export_status(service._db, citizen_id, tmp_path / "s.pdf", today=TODAY)
    if os.name == "posix" and os.geteuid() != 0:
        monkeypatch.undo()
        locked = tmp_path / "låst"
        locked.mkdir(mode=0o500)
        with pytest.raises(CaseappError, match="ikke adgang"):
            commands.export_all_status(service._db, locked, today=TODAY)


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Søren Ågård Bækgaard", "soeren_aagaard_baekgaard"),
        ("ÆØÅ æøå", "aeoeaa_aeoeaa"),
        ("Zoë O'Brien-Müller", "zoe_o_brien_muller"),
        ("  ", "borger"),
        ("李雷", "borger"),
    ],
)
def test_ascii_name(name: str, expected: str) -> None:
    assert commands.ascii_name(name) == expected


def test_export_all_status_stops_before_the_next_file(service: CaseService,
                                                      tmp_path: Path) -> None:
    for i in range(4):
        service.citizens.add_citizen(Citizen(name=f"Borger {i}"))
    seen: list[int] = []
    asked: list[int] = []

    def should_stop() -> bool:
        asked.append(len(seen))
        return len(seen) >= 2

    out = tmp_path / "ud"
    written = commands.export_all_status(service._db, out, today=TODAY,
                                         progress=lambda done, _total: seen.append(done),
                                         should_stop=should_stop)
    assert len(written) == 2 and seen == [1, 2] and asked == [0, 1, 2]
    assert sorted(out.iterdir()) == sorted(written)  # only whole files, nothing temporary

    assert commands.export_all_status(service._db, tmp_path / "ingen", today=TODAY,
                                      should_stop=lambda: True) == []
    assert list((tmp_path / "ingen").iterdir()) == []
    every = commands.export_all_status(service._db, tmp_path / "alle", today=TODAY,
                                       should_stop=lambda: False)
    assert len(every) == 4
