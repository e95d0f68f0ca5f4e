"""A team updating caseapp one laptop at a time, across protocol 3 (the chain's hash no longer
covers the signature, so a batch is signed side by side): entries an older caseapp signed and
entries signed after the update make one chain, a laptop not yet updated holds the newer
entries with one sentence instead of misapplying them and takes them once updated, and a
laptop's own log sends its old entries again under the protocol they were signed with."""

from __future__ import annotations

import contextlib
import os
import uuid

from caseapp.sync import crypto
from tests.sync.test_team_sync import _team

_OLD = 2


def _seal_as_protocol_2(self, first_seq: int, prev: bytes, plains: list[bytes]) -> list[crypto.SealedEntry]:
    """How caseapp sealed before protocol 3: one entry at a time, each signature inside the
    hash the next entry carries."""
    sealed = []
    for device_seq, plain in enumerate(plains, first_seq):
        nonce = os.urandom(12)
        header = crypto.entry_header(self.team, self._device, device_seq, _OLD, self._epoch, prev)
        payload = self._aead.encrypt(nonce, crypto.padded(plain), header)
        entry = crypto.SealedEntry(self._device, device_seq, _OLD, self._epoch, prev, nonce, payload,
                                   self._signer.sign(header + nonce + payload))
        prev = entry.digest(self.team)
        sealed.append(entry)
    return sealed


@contextlib.contextmanager
def _older_caseapp(monkeypatch):
    with monkeypatch.context() as older:
        older.setattr(crypto, "PROTOCOL", _OLD)
        older.setattr(crypto.EntrySealer, "seal_many", _seal_as_protocol_2)
        yield


def _note(machine, name: str, text: str) -> None:
    machine.ok("note", "add", "--citizen", str(machine.citizen_id(name)), "--text", text, "--sign")


def _texts(machine, name: str) -> set[str]:
    notes = machine.ok("notes", "--citizen", str(machine.citizen_id(name)), "--json").json()
    return {n["text"] for n in notes}


def _protocols_sent(machine) -> list[int]:
    with machine.service() as service:
        return [r[0] for r in service._db.execute("SELECT proto FROM sync_sent ORDER BY device_seq")]


def test_a_team_updating_one_laptop_at_a_time_loses_nothing(laptop, pg, monkeypatch) -> None:
    with _older_caseapp(monkeypatch):
        a, b = _team(laptop, demo=1)
        name = a.names()[0]
        _note(a, name, "Skrevet før opdateringen.")
        a.sync()
        b.sync()
    assert set(_protocols_sent(a)) == {_OLD}

    _note(a, name, "Skrevet efter opdateringen.")  # a is updated; b is not yet
    a.sync()
    with _older_caseapp(monkeypatch):
        waiting = b.run("sync")
    assert waiting.code == 7, waiting.err
    assert "opdatér caseapp" in waiting.err
    assert "Skrevet efter opdateringen." not in _texts(b, name)

    b.ok("sync")  # b is updated too: the held entry goes in, its chain unbroken
    assert {"Skrevet før opdateringen.", "Skrevet efter opdateringen."} <= _texts(b, name)
    assert b.ok("team", "held", "--json").json() == []
    assert _protocols_sent(a)[-1] == crypto.PROTOCOL

    device = uuid.UUID(str(a.state("device_id")))
    with pg.admin() as conn:  # the server loses everything a ever sent
        conn.execute("DELETE FROM caseapp.entries WHERE device_id = %s", [device])
    a.ok("sync")  # sent again from a's own log, old entries as they were signed
    c = laptop("c")
    c.join(a)
    c.ok("sync")
    assert c.names() == a.names()
    assert {"Skrevet før opdateringen.", "Skrevet efter opdateringen."} <= _texts(c, name)
    assert c.ok("team", "held", "--json").json() == []
