"""What the end-to-end test scripts (Tests/Browser, Tests/Serve) share: finding the tend
binary, ending through `finally` on SIGTERM and SIGHUP, and removing a work folder."""
from __future__ import annotations

import os
import shutil
import signal
import sys
import time
from pathlib import Path


def exit_on_signals() -> None:
    """SIGTERM or SIGHUP (a CI timeout, a closed terminal) end the run through the caller's
    `finally`, which stops what it started and removes the work folder; Ctrl-C does already."""
    for number in (signal.SIGTERM, signal.SIGHUP):
        signal.signal(number, lambda received, _frame: sys.exit(128 + received))


def tend_binary(usage: str) -> str | None:
    """The tend binary from the first argument or $TEND; prints why and returns None when
    there is none."""
    tend = sys.argv[1] if len(sys.argv) > 1 else os.environ.get("TEND", "")
    if not tend:
        print(usage, file=sys.stderr)
        return None
    tend = shutil.which(tend) or tend
    if not os.access(tend, os.X_OK):
        print(f"FAIL: no tend binary at {tend}", file=sys.stderr)
        return None
    return tend


def remove_tree(path: Path) -> None:
    """Removes `path`, retrying for a few seconds while something still writes inside it
    (a dying browser, or the detached `rm -rf` of a replaced site of a killed `tend serve`)."""
    for _ in range(50):
        shutil.rmtree(path, ignore_errors=True)
        if not path.exists():
            return
        time.sleep(0.1)
    print(f"could not remove {path}", file=sys.stderr)
