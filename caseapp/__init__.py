"""caseapp core: the caseworker's own encrypted caseload, usable without Qt."""

__version__ = "0.1.0"
"""The release, the same as `[project] version` in pyproject.toml (a test keeps them equal). A
constant rather than read from the installed metadata: that lookup cost every PDF a command
writes (its Creator) some 5-10 ms of its start."""
