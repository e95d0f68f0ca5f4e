"""A case closed on one laptop while a colleague still writes about the citizen offline: the
closing reaches the colleague, the colleague's note reaches the laptop that closed it (a replica
follows the team), and from then on neither can change the citizen until it is reopened."""

from __future__ import annotations

from tests.sync.helpers import Laptop


def _team(laptop) -> tuple[Laptop, Laptop]:
    a, b = laptop("a", demo=3), laptop("b")
    invite = a.ok("team", "create", "--server", a.url, "--team", "Bosted Lærkereden", "--json").json()
    a.ok("team", "share", "--all")
    a.sync()
    b.ok("team", "join", "--server", b.url, "--invite", invite["invite"])
    a.sync()
    b.sync()
    return a, b


def test_a_colleagues_offline_note_still_arrives_after_the_case_is_closed(laptop) -> None:
    a, b = _team(laptop)
    name = a.names()[0]
    on_a, on_b = str(a.citizen_id(name)), str(b.citizen_id(name))
    a.ok("close", "--citizen", on_a, "--reason", "Flyttet", "--on", "2026-12-01")
    b.ok("note", "add", "--citizen", on_b, "--text", "Skrevet før lukningen nåede hertil.",
         "--author", "Birgit", "--sign")  # b has not heard of the closing yet
    a.sync()
    b.sync()  # b learns of the closing, and sends its note
    a.sync()  # a takes the colleague's note although the case is closed here

    for laptop_, cid in ((a, on_a), (b, on_b)):
        texts = [n["text"] for n in laptop_.ok("notes", "--citizen", cid, "--json").json()]
        assert "Skrevet før lukningen nåede hertil." in texts
        refused = laptop_.run("note", "add", "--citizen", cid, "--text", "Efter lukningen.")
        assert refused.code == 1 and "Sagen er afsluttet; genåbn den for at ændre i den." in refused.err
