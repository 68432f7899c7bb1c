"""Everything the window remembers (geometry, last folders, recent projects, the library file), read and written here only.

Settings live in an INI file in the user config folder, or in $BRIEFING_CONFIG_DIR where set
(tests, portable installs).

Crash safety: QSettings writes the file itself, not through `briefing.atomic`, but the same way
(Qt's QSaveFile: a temporary file in the same folder, fdatasync, then a rename over the INI; seen
with strace on Qt 6). Atomic saving is required here, so that Qt never falls back to writing the
file in place, and `sync` then fsyncs the folder, as `briefing.atomic` does, so that the rename
is on disk too. Losing the settings would lose only geometry, recent projects and folders.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs
from PySide6.QtCore import QByteArray, QSettings

from briefing.atomic import fsync_folder

SETTINGS_VERSION = 1
MAX_RECENT_PROJECTS = 8
FOLDER_KINDS = ("documents", "export", "project", "template")
DEFAULTS: dict[str, object] = {
    "version": SETTINGS_VERSION,
    "window/geometry": QByteArray(),
    "window/state": QByteArray(),
    "window/splitter": QByteArray(),
    "recent/projects": [],
    "library/path": "",
    **{f"folders/{kind}": "" for kind in FOLDER_KINDS},
}


CONFIG_DIR_VARIABLE = "BRIEFING_CONFIG_DIR"


def settings_path() -> Path:
    override = os.environ.get(CONFIG_DIR_VARIABLE)
    folder = Path(override) if override else Path(platformdirs.user_config_dir("briefing", appauthor=False))
    return folder / "gui.ini"


class GuiSettings:
    """Typed access to the window's QSettings, with defaults and a version for later migrations."""

    def __init__(self, path: Path | None = None) -> None:
        self._path = Path(path or settings_path())
        self._qs = QSettings(str(self._path), QSettings.Format.IniFormat)
        self._qs.setAtomicSyncRequired(True)
        if int(self._qs.value("version", 0) or 0) != SETTINGS_VERSION:
            # version 1 is the first; an unknown version's values are not trusted
            self._qs.clear()
            self._qs.setValue("version", SETTINGS_VERSION)

    def _bytes(self, key: str) -> QByteArray:
        value = self._qs.value(key, DEFAULTS[key])
        return value if isinstance(value, QByteArray) else QByteArray()

    def geometry(self) -> QByteArray:
        return self._bytes("window/geometry")

    def window_state(self) -> QByteArray:
        return self._bytes("window/state")

    def splitter_state(self) -> QByteArray:
        return self._bytes("window/splitter")

    def save_window(self, geometry: QByteArray, state: QByteArray, splitter: QByteArray) -> None:
        self._qs.setValue("window/geometry", geometry)
        self._qs.setValue("window/state", state)
        self._qs.setValue("window/splitter", splitter)

    def folder(self, kind: str) -> str:
        """The folder last used for this kind of file, or the home folder."""
        folder = str(self._qs.value(f"folders/{kind}", DEFAULTS[f"folders/{kind}"]) or "")
        return folder if folder and Path(folder).is_dir() else str(Path.home())

    def remember_folder(self, kind: str, path: str | Path) -> None:
        path = Path(path)
        self._qs.setValue(f"folders/{kind}", str(path if path.is_dir() else path.parent))

    def recent_projects(self) -> list[str]:
        value = self._qs.value("recent/projects", [])
        items = [value] if isinstance(value, str) else list(value or [])
        return [str(p) for p in items if p]

    def add_recent_project(self, path: str | Path) -> None:
        path = str(Path(path).resolve())
        recent = [path] + [p for p in self.recent_projects() if p != path]
        self._qs.setValue("recent/projects", recent[:MAX_RECENT_PROJECTS])

    def forget_recent_project(self, path: str) -> None:
        self._qs.setValue("recent/projects", [p for p in self.recent_projects() if p != path])

    def library_path(self) -> str:
        """The library file chosen in the window ("" for the usual one: $BRIEFING_LIBRARY or the user data folder's)."""
        return str(self._qs.value("library/path", DEFAULTS["library/path"]) or "")

    def set_library_path(self, path: str | Path) -> None:
        self._qs.setValue("library/path", str(path))

    def sync(self) -> None:
        self._qs.sync()
        fsync_folder(self._path.parent)
