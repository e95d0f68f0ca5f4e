"""Errors of team sharing: each one clear Danish sentence, never personal data."""

from __future__ import annotations

from caseapp.errors import CaseappError


class SyncError(CaseappError):
    """Sharing cannot go on as asked (not in a team, removed, a newer server...)."""

    exit_code = 6


class SyncOffline(SyncError):
    """The server cannot be reached: local work goes on, the next sync catches up."""

    exit_code = 5


class ServerRefused(SyncError):
    """The server refused the login (wrong password, unknown role)."""

    exit_code = 6


class BadInvite(SyncError):
    """The invite code is mistyped, for another team or no longer valid."""

    exit_code = 2


class TamperedEntry(SyncError):
    """A payload from the server fails authentication: it is refused, never applied."""

    exit_code = 7


class ForkedDevice(SyncError):
    """The server holds other entries under this device's numbers."""

    exit_code = 6


class EntriesHeld(SyncError):
    """The sync went through, but entries are held back, missing or sent twice by the server:
    one sentence says which and from whom."""

    exit_code = 7


class AwaitingKey(SyncError):
    """A new member's device has no team key yet: the inviting device seals it at its next sync."""

    exit_code = 7


class AwaitingInviter(SyncError):
    """The server lost this device's card and holds no invite to register it again with yet:
    the device that invited it makes the invite again at its next sync."""

    exit_code = 7
