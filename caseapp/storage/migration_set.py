"""The schema's migrations, registered as sqlite-utils registers them (`@migrations()`,
`@migrations(transactional=False)`), with sqlite-utils itself imported only when a file is
checked or migrated with them.

Importing sqlite-utils loads its plugin machinery (pluggy, click), which costs more than the
rest of a quick command's start; a command that reads a file whose schema is current
(`caseapp citizens`) needs only the migrations' names. Checking and applying them is
sqlite-utils' own `Migrations`, built from the same steps in the same order on first use.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import sqlite_utils
    from sqlite_utils.migrations import Migrations

Step = Callable[[Any], None]


class MigrationSet:
    """One named set of migrations, in the order they are declared."""

    def __init__(self, name: str) -> None:
        self.name = name
        self._steps: list[tuple[str, Step, bool]] = []

    def __call__(self, *, name: str | None = None, transactional: bool = True) -> Callable[[Step], Step]:
        def register(func: Step) -> Step:
            step_name = name or func.__name__
            if step_name in self.names:  # as sqlite-utils refuses it, but when the module loads
                raise ValueError(f"Migration '{step_name}' is already registered in set '{self.name}'")
            self._steps.append((step_name, func, transactional))
            return func

        return register

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(step_name for step_name, _, _ in self._steps)

    @functools.cached_property
    def _library(self) -> Migrations:
        from sqlite_utils.migrations import Migrations

        built = Migrations(self.name)
        for step_name, func, transactional in self._steps:
            built(name=step_name, transactional=transactional)(func)
        return built

    def applied(self, db: sqlite_utils.Database) -> list[Migrations._AppliedMigration]:
        return self._library.applied(db)

    def pending(self, db: sqlite_utils.Database) -> list[Migrations._Migration]:
        return self._library.pending(db)

    def apply(self, db: sqlite_utils.Database, *, stop_before: str | Iterable[str] | None = None) -> None:
        self._library.apply(db, stop_before=stop_before)

    def ensure_migrations_table(self, db: sqlite_utils.Database) -> None:
        self._library.ensure_migrations_table(db)
