"""Before Qt starts: say which system libraries a fresh machine lacks, in one line, instead of
Qt's plugin error and abort. No Qt is imported here (importing it is what fails)."""

from __future__ import annotations

import importlib.util
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

# Libraries Qt's widgets and its Linux platform plugins load from the system, and the Debian
# packages that provide them (the README's install line names the common ones).
DEBIAN_PACKAGES = {
    "libEGL.so.1": "libegl1", "libGL.so.1": "libgl1", "libOpenGL.so.0": "libopengl0",
    "libGLX.so.0": "libglx0", "libglib-2.0.so.0": "libglib2.0-0", "libgthread-2.0.so.0": "libglib2.0-0",
    "libxkbcommon.so.0": "libxkbcommon0", "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libfontconfig.so.1": "libfontconfig1", "libfreetype.so.6": "libfreetype6", "libdbus-1.so.3": "libdbus-1-3",
    "libX11.so.6": "libx11-6", "libX11-xcb.so.1": "libx11-xcb1", "libxcb.so.1": "libxcb1",
    "libxcb-cursor.so.0": "libxcb-cursor0", "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0", "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0", "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-render.so.0": "libxcb-render0", "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0", "libxcb-sync.so.1": "libxcb-sync1", "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xinerama.so.0": "libxcb-xinerama0", "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxcb-util.so.1": "libxcb-util1", "libwayland-client.so.0": "libwayland-client0",
    "libwayland-cursor.so.0": "libwayland-cursor0", "libwayland-egl.so.1": "libwayland-egl1",
    "libSM.so.6": "libsm6", "libICE.so.6": "libice6",
}
NOT_FOUND = re.compile(r"^\s*(\S+)\s+=>\s+not found", re.MULTILINE)
LDD_TIMEOUT_S = 10


def platform_plugin() -> str:
    """The platform plugin Qt will load: QT_QPA_PLATFORM's, else what the session offers."""
    chosen = os.environ.get("QT_QPA_PLATFORM", "").split(":")[0].split(";")[0].strip()
    if chosen:
        return chosen
    if os.environ.get("WAYLAND_DISPLAY") and not os.environ.get("DISPLAY"):
        return "wayland"
    return "xcb"


def qt_files() -> list[Path]:
    """PySide6's widgets module and the platform plugin, found without importing them."""
    spec = importlib.util.find_spec("PySide6")
    if spec is None or not spec.submodule_search_locations:
        return []
    root = Path(next(iter(spec.submodule_search_locations)))
    found = [p for p in root.glob("QtWidgets*.so")]
    plugin = root / "Qt" / "plugins" / "platforms" / f"libq{platform_plugin()}.so"
    return found + ([plugin] if plugin.is_file() else [])


def ldd_output(files: list[Path]) -> str:
    ldd = shutil.which("ldd")
    if not ldd or not files:
        return ""
    try:
        return subprocess.run([ldd, *map(str, files)], capture_output=True, text=True,
                              timeout=LDD_TIMEOUT_S).stdout
    except (OSError, subprocess.SubprocessError):
        return ""


def missing_libraries(ldd_text: str) -> list[str]:
    return sorted(set(NOT_FOUND.findall(ldd_text)))


def missing_message(missing: list[str]) -> str:
    """One line: the missing libraries and the Debian packages that provide them."""
    packages = sorted({DEBIAN_PACKAGES[lib] for lib in missing if lib in DEBIAN_PACKAGES})
    unknown = [lib for lib in missing if lib not in DEBIAN_PACKAGES]
    line = f"briefing: the window cannot start: this system lacks {', '.join(missing)}"
    if packages:
        line += f"; on Debian or Ubuntu install them with: sudo apt-get install {' '.join(packages)}"
    if unknown and packages:
        line += f" (and find the package for {', '.join(unknown)})"
    return line


def import_error_message(error: ImportError) -> str:
    """The one line for a PySide6 import that failed on a missing shared library."""
    found = re.findall(r"(lib[\w.+-]+\.so(?:\.\d+)*)", str(error))
    return missing_message(found) if found else f"briefing: the window cannot start: {error}"


def startup_problem() -> str | None:
    """None where Qt can start; else the line to print. Only Linux loads these from the system."""
    if not sys.platform.startswith("linux"):
        return None
    missing = missing_libraries(ldd_output(qt_files()))
    return missing_message(missing) if missing else None
