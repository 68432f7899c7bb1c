"""Work around PySide6 6.12 on Python < 3.12: its calls that return None drop a reference to None,
and some that return a bool a reference to True or False.

Python 3.12 made these immortal, so the bug only shows on 3.10/3.11, where a count reaches zero
after some thousands of Qt calls and the interpreter aborts ("deallocating None", "bool_dealloc:
deallocating True or False", often at exit, which turns a passing test run into exit code 134).
They are never freed anyway, so giving them a count no program reaches is harmless.
"""

from __future__ import annotations

import ctypes
import sys

HEADROOM = 2**40        # Qt calls the process may make before the count could run out


def keep_none_alive() -> None:
    if sys.version_info >= (3, 12):
        return
    # ob_refcnt is the first field of every object in a release build of CPython
    for singleton in (None, True, False):
        ctypes.c_ssize_t.from_address(id(singleton)).value += HEADROOM
