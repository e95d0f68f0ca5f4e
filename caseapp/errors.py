"""Errors a user may meet. Each carries one clear Danish sentence and never personal data."""

from __future__ import annotations


class CaseappError(Exception):
    """Base for every error that should reach the user as one sentence, not a traceback."""

    exit_code = 1

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class InvalidInput(CaseappError):
    """Input that breaks a rule of the domain (bad CPR, end before start, empty name...)."""

    exit_code = 2


class NotFound(CaseappError):
    """An id that names nothing in the database."""


class StoreError(CaseappError):
    """The database cannot be opened or used as asked."""

    exit_code = 3


class WrongKey(StoreError):
    """The passphrase or key does not open the file, or the file is no database."""


class NotADatabase(StoreError):
    """The file exists but is not a caseapp database."""


class NewerDatabase(StoreError):
    """The database was written by a newer caseapp than this one."""


class KeyUnavailable(StoreError):
    """No key can be had: no secure keyring and no passphrase."""


class RecordLocked(CaseappError):
    """A signed note or a final status description cannot be changed."""


class CaseClosed(RecordLocked):
    """A closed case is read-only until it is reopened."""
