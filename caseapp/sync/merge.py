"""The merge rule for one field, without a database: keep the local value or take the team's,
and whether the loser is kept as a conflict.

Each value carries the (timestamp, device) of the edit that made it. The newer edit wins; ties
are broken by the device id, so every machine picks the same winner. A conflict is recorded
only where someone's edit would otherwise vanish unseen: an unpushed local edit overwritten by
a newer one, or a concurrent edit from another device that arrives after it already lost. An
older version from the same device as the newer one is history, not a conflict.
"""

from __future__ import annotations

from dataclasses import dataclass

Stamp = tuple[int, str]  # (hybrid logical clock, device id)


@dataclass(frozen=True)
class FieldDecision:
    take: bool = False  # write the incoming value
    drop_pending: bool = False  # the unpushed local edit lost: it no longer travels
    conflict_incoming_won: bool = False  # keep the local value that lost as a conflict
    conflict_local_won: bool = False  # keep the incoming value that lost as a conflict


def newest_known(known: Stamp, pending_hlc: int | None, me: str) -> Stamp:
    """The stamp the local value stands on: the field's clock or an unpushed local edit."""
    if pending_hlc is not None and (pending_hlc, me) > known:
        return (pending_hlc, me)
    return known


def decide(
    incoming: Stamp, known: Stamp, pending_hlc: int | None, me: str, differs: bool, quiet: bool
) -> FieldDecision:
    """`known` is the newest stamp seen for the field; `pending_hlc` the timestamp of an
    unpushed local edit of it (None when there is none); `differs` whether the values differ;
    `quiet` for bookkeeping fields (positions, updated_at) that never raise a conflict."""
    pending = pending_hlc is not None
    known = newest_known(known, pending_hlc, me)
    if incoming == known:
        return FieldDecision()  # the same edit again
    if incoming > known:
        return FieldDecision(
            take=True, drop_pending=pending,
            conflict_incoming_won=pending and differs and not quiet,
        )
    lost_concurrently = differs and not quiet and incoming[1] != known[1]
    return FieldDecision(conflict_local_won=lost_concurrently)
