"""caseapp core: the caseworker's own encrypted caseload, usable without Qt."""


def __getattr__(name: str) -> str:
    # The version is looked up only when asked for (`--version`, the About box): reading the
    # installed metadata costs more than the rest of a quick command's start.
    if name != "__version__":
        raise AttributeError(f"module 'caseapp' has no attribute {name!r}")
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("caseapp")
    except PackageNotFoundError:  # running from a source tree that is not installed
        return "0.0.0"
