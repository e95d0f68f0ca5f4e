"""caseapp core: the caseworker's own encrypted caseload, usable without Qt."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("caseapp")
except PackageNotFoundError:  # running from a source tree that is not installed
    __version__ = "0.0.0"
