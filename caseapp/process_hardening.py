"""Keep the process's memory out of crash dumps.

A core dump holds everything the process had in memory: the database key, citizens' names, CPR
numbers and note text, written unencrypted to wherever the system keeps dumps. The program's
entry points call `disable_core_dumps()` before anything secret is loaded.

Windows has no per-process switch for this: Windows Error Reporting writes local dumps when the
machine's policy (the `LocalDumps` registry key, group policy) asks for them. What the process
can do is tell Windows not to show its crash dialog, which otherwise waits for the user and can
offer to send a report; the dumps themselves stay with the municipality's IT policy.
"""

from __future__ import annotations

import ctypes
import logging
import sys
from collections.abc import Callable

log = logging.getLogger(__name__)

PR_SET_DUMPABLE = 4  # linux/prctl.h
SEM_FAILCRITICALERRORS = 0x0001  # winbase.h
SEM_NOGPFAULTERRORBOX = 0x0002


def disable_core_dumps() -> bool:
    """Forbid core dumps for this process and its children; True if every step took effect.

    Never raises: the program must still start where a step is not allowed (a sandbox, an old
    kernel), so a failure is only logged, naming the step and the error class, nothing else."""
    if sys.platform == "win32":
        return _attempt("SetErrorMode", _suppress_windows_crash_dialog)
    limited = _attempt("RLIMIT_CORE", _limit_core_size_to_zero)
    if sys.platform.startswith("linux"):
        # When core_pattern pipes dumps to a helper (systemd-coredump, apport) the kernel leaves
        # RLIMIT_CORE to the helper; a process that is not dumpable is never dumped, and other
        # processes of the same user can no longer attach to it and read its memory.
        return _attempt("PR_SET_DUMPABLE", _mark_not_dumpable) and limited
    return limited


def _attempt(step: str, action: Callable[[], None]) -> bool:
    try:
        action()
    except Exception as exc:  # start anyway; the log must not carry what the error message held
        log.warning("core dumps not disabled: %s failed (%s)", step, type(exc).__name__)
        return False
    return True


def _limit_core_size_to_zero() -> None:
    import resource  # POSIX only

    # The hard limit too, so nothing loaded later can raise the soft limit again.
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))


def _mark_not_dumpable() -> None:
    libc = ctypes.CDLL(None, use_errno=True)
    zero = ctypes.c_ulong(0)
    if libc.prctl(PR_SET_DUMPABLE, zero, zero, zero, zero) != 0:
        raise OSError(ctypes.get_errno(), "prctl(PR_SET_DUMPABLE) refused")


def _suppress_windows_crash_dialog() -> None:
    windll = getattr(ctypes, "windll", None)
    if windll is None:
        raise OSError("ctypes.windll is not available")
    kernel32 = windll.kernel32
    # OR-ed with the current mode: SetErrorMode replaces it, and Python may have set bits.
    kernel32.SetErrorMode(
        kernel32.GetErrorMode() | SEM_FAILCRITICALERRORS | SEM_NOGPFAULTERRORBOX
    )
