"""Work around PySide6 6.12 on Python < 3.12: its calls that return None drop a reference to None.

Python 3.12 made None immortal, so the bug only shows on 3.10/3.11, where None's count reaches
zero after some thousands of Qt calls and the interpreter aborts ("deallocating None"). None is
never freed anyway, so giving it a count no program reaches is harmless. Some calls do the same
to True and False (the whole GUI suite ended in "deallocating True or False" while the
interpreter shut down); they are as immortal, and get the same headroom.
"""

from __future__ import annotations

import ctypes
import sys

HEADROOM = 2**40        # Qt calls the process may make before the count could run out


def keep_none_alive() -> None:
    if sys.version_info >= (3, 12):
        return
    # ob_refcnt is the first field of every object in a release build of CPython
    for immortal in (None, True, False):
        ctypes.c_ssize_t.from_address(id(immortal)).value += HEADROOM
