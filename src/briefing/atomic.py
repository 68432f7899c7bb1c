"""Write files so that a crash or power cut leaves the old file or the new one, never a mix.

Every file the program writes (exports, projects, templates, the autosave) goes through here:
the content goes to a temporary file beside the target (`.NAME.PID-RANDOM.part`), which is
flushed and fsync'ed, renamed over the target, and then the folder is fsync'ed so that the
rename itself is on disk. A process killed half-way leaves its temporary file behind; the next
write to the same target removes such leftovers of processes that no longer run (only files of
exactly that pattern, owned by this user).
"""

from __future__ import annotations

import contextlib
import os
import re
import secrets
import stat
from collections.abc import Callable, Iterator
from pathlib import Path

from briefing.model import WriteError, display_path

TEMP_SUFFIX = ".part"
NAME_MAX = 255        # bytes in one file name on the common file systems (ext4, APFS, NTFS in UTF-16 units)
_TAG = re.compile(rb"(\d+)-[0-9a-f]{12}" + re.escape(TEMP_SUFFIX.encode()))


def _temp_prefix(name: str) -> bytes:
    """`.NAME.` as bytes, NAME cut so that the temporary name fits in NAME_MAX bytes."""
    raw = os.fsencode(name)
    room = NAME_MAX - len(b"..") - len(f"{2**22}-{'0' * 12}{TEMP_SUFFIX}")
    return b"." + raw[:room] + b"."


def _process_gone(pid: int) -> bool:
    if pid == os.getpid():
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except (PermissionError, OSError):
        return False          # alive under another user (or unknown): not ours to judge
    return False


def remove_stale_temporaries(target: Path) -> list[Path]:
    """Remove temporary files of earlier writes to `target` whose process is gone; what was removed."""
    folder = os.fsencode(target.parent if str(target.parent) else Path("."))
    prefix = _temp_prefix(target.name)
    removed: list[Path] = []
    me = os.getuid() if hasattr(os, "getuid") else None
    try:
        names = [n for n in os.listdir(folder) if n.startswith(prefix)]
    except OSError:
        return removed
    for name in names:
        tag = _TAG.fullmatch(name[len(prefix):])
        if not tag or not _process_gone(int(tag.group(1))):
            continue
        path = os.path.join(folder, name)
        try:
            info = os.lstat(path)
            if stat.S_ISREG(info.st_mode) and (me is None or info.st_uid == me):
                os.unlink(path)
                removed.append(Path(os.fsdecode(path)))
        except OSError:
            continue
    return removed


def _fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_folder(folder: Path) -> None:
    """Make a rename in `folder` durable; a no-op where folders cannot be opened (Windows)."""
    flags = os.O_RDONLY | getattr(os, "O_DIRECTORY", 0)
    try:
        fd = os.open(folder, flags)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass                  # some file systems (and Windows) refuse fsync on a folder
    finally:
        os.close(fd)


def _new_temporary(folder: Path, name: str) -> Path:
    raw = _temp_prefix(name) + f"{os.getpid()}-{secrets.token_hex(6)}{TEMP_SUFFIX}".encode()
    path = os.path.join(os.fsencode(folder), raw)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    os.close(fd)
    return Path(os.fsdecode(path))


def check_writable(target: Path) -> Path:
    """The folder `target` would be written in; a WriteError when it cannot be (checked up front,
    so that a long build does not end in a message it could have started with)."""
    folder = target.parent if str(target.parent) else Path(".")
    shown = display_path(target)
    if not folder.is_dir():
        raise WriteError(f"{shown}: folder {display_path(folder)} does not exist; create it or choose another")
    if target.is_dir():
        raise WriteError(f"{shown}: is a folder; give a file name")
    # mode bits as well as access(): root may write anything, but a file the user marked
    # read-only should not be replaced behind their back
    if target.exists() and (not os.access(target, os.W_OK) or not target.stat().st_mode & 0o222):
        raise WriteError(f"{shown}: file is read-only; make it writable or choose another name")
    return folder


@contextlib.contextmanager
def atomic_path(target: Path) -> Iterator[Path]:
    """Yield a temporary path in the target's folder; once the caller has written it, it replaces `target`.

    A failure (or a crash) leaves no half-written file in the target's place and an existing target intact.
    """
    target = Path(target)
    folder = check_writable(target)
    shown = display_path(target)
    mode = stat.S_IMODE(target.stat().st_mode) if target.exists() else 0o644   # a private file stays private
    remove_stale_temporaries(target)
    try:
        tmp_path = _new_temporary(folder, target.name)
    except OSError as exc:
        raise WriteError(f"{shown}: cannot write in {display_path(folder)} ({exc.strerror or exc})") from None
    try:
        yield tmp_path
        _fsync_file(tmp_path)
        os.chmod(tmp_path, mode)
        os.replace(tmp_path, target)
        fsync_folder(folder)
    except OSError as exc:
        raise WriteError(f"{shown}: cannot write ({exc.strerror or exc})") from None
    finally:
        if tmp_path.exists():
            tmp_path.unlink()


def write_atomically(target: Path, write: Callable[[Path], None]) -> Path:
    """Call `write(temporary_path)`, then put what it wrote in place of `target` (see the module)."""
    with atomic_path(target) as tmp:
        write(tmp)
    return target


def write_text_atomically(target: Path, text: str) -> Path:
    return write_atomically(target, lambda tmp: tmp.write_text(text, encoding="utf-8"))
