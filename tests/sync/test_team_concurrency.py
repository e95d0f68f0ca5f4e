"""Eleven laptops of one team sync at the same moment, each its own process: every one ends with
exactly the same notes, none missing and none twice (bench/team_concurrency_bench.py measures
the same at 30 laptops)."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor

import pytest

from tests.sync.helpers import PASSPHRASE, Laptop
from tests.sync.pgcluster import MEMBER_PASSWORD

JOINERS = 10


def _sync_process(machine: Laptop) -> subprocess.CompletedProcess[str]:
    environment = os.environ | {"CASEAPP_PASSPHRASE": PASSPHRASE, "PGPASSWORD": MEMBER_PASSWORD,
                                "PGPASSFILE": os.devnull}
    if "FAKETIME" in environment:
        # Under libfaketime (the suite's any-date check) a child's clock would start again at the
        # fixed moment, minutes behind what this process already wrote: start it at our "now".
        environment["FAKETIME"] = "@" + dt.datetime.now().strftime("%Y-%m-%d %H:%M:%S")
    return subprocess.run(
        [sys.executable, "-m", "caseapp.cli", "sync", "--db", str(machine.path)],
        env=environment, capture_output=True, text=True, timeout=300,
    )


def _all_at_once(machines: list[Laptop]) -> None:
    with ThreadPoolExecutor(max_workers=len(machines)) as pool:
        done = list(pool.map(_sync_process, machines))
    assert [d.returncode for d in done] == [0] * len(machines), [d.stderr for d in done]


def _notes(machine: Laptop) -> list[tuple[str, str]]:
    """(uuid, text) of every shared note this laptop holds, one item per row."""
    with machine.service() as service:
        rows = service._db.execute("SELECT uuid, text FROM notes WHERE uuid IS NOT NULL").fetchall()
    return sorted((r[0], r[1]) for r in rows)


@pytest.mark.slow
def test_ten_laptops_syncing_at_the_same_time_end_with_exactly_the_same_notes(laptop) -> None:
    a = laptop("a", demo=2)
    invite = a.ok("team", "create", "--server", a.url, "--team", "Bosted Lærkereden", "--json").json()
    a.ok("team", "share", "--all")
    a.sync()
    joiners = [laptop(f"m{i}") for i in range(JOINERS)]
    for i, machine in enumerate(joiners):
        code = invite["invite"] if i == 0 else a.invite()
        machine.ok("team", "join", "--server", machine.url, "--invite", code)
    a.sync()  # vouches for all ten and seals the team's key to each
    team = [a, *joiners]
    _all_at_once(joiners)  # ten first pulls at once
    name = a.names()[0]

    written = []
    for machine in team:
        for k in range(2):
            text = f"Notat {k} fra {machine.role}: æblegrød på Ørkildvej."
            machine.ok("note", "add", "--citizen", str(machine.citizen_id(name)), "--text", text, "--sign")
            written.append(text)
    _all_at_once(team)  # every push lands while others pull
    _all_at_once(team)  # and what one pulled before another pushed comes now

    held = {machine.role: _notes(machine) for machine in team}
    union = sorted({item for rows in held.values() for item in rows})
    assert sorted(written) == sorted(t for _, t in union if t.startswith("Notat "))
    for role, rows in held.items():
        assert rows == union, role  # the same rows, none missing, none twice
    for machine in team:
        assert machine.ok("team", "held", "--json").json() == [], machine.role
