"""Where Qt cannot start, `briefing` says in one line which libraries are missing and which
Debian packages provide them, instead of Qt's plugin error and abort."""

import sys

from briefing.cli import main
from briefing.gui import startup

LDD_WITH_TWO_MISSING = """/opt/qt/plugins/platforms/libqxcb.so:
\tlinux-vdso.so.1 (0x00007ffd)
\tlibxcb-cursor.so.0 => not found
\tlibxkbcommon-x11.so.0 => not found
\tlibQt6XcbQpa.so.6 => /opt/qt/lib/libQt6XcbQpa.so.6 (0x00007f)
\tlibc.so.6 => /lib/x86_64-linux-gnu/libc.so.6 (0x00007f)
"""


def test_missing_libraries_are_named_with_their_debian_packages_in_one_line(monkeypatch, capsys):
    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.setattr(startup, "ldd_output", lambda files: LDD_WITH_TWO_MISSING)
    assert main(["gui"]) == 1
    err = capsys.readouterr().err.strip()
    assert "\n" not in err
    assert "libxcb-cursor.so.0" in err and "libxkbcommon-x11.so.0" in err
    assert "apt-get install libxcb-cursor0 libxkbcommon-x11-0" in err


def test_a_failed_qt_import_names_the_library_too():
    error = ImportError("libEGL.so.1: cannot open shared object file: No such file or directory")
    line = startup.import_error_message(error)
    assert "libEGL.so.1" in line and "apt-get install libegl1" in line


def test_this_machine_has_what_the_window_needs(monkeypatch):
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    files = startup.qt_files()
    assert any(f.name == "libqoffscreen.so" for f in files)
    assert startup.missing_libraries(startup.ldd_output(files)) == []


def test_the_platform_plugin_follows_the_environment(monkeypatch):
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen:configfile=/tmp/x.json")
    assert startup.platform_plugin() == "offscreen"
    monkeypatch.delenv("QT_QPA_PLATFORM")
    monkeypatch.setenv("DISPLAY", ":0")
    assert startup.platform_plugin() == "xcb"


def test_the_window_process_cannot_run_out_of_references_to_none_true_or_false():
    """PySide6 drops references to None and to the bools on Python < 3.12; the guard keeps their
    counts out of reach (without it the GUI tests aborted at exit with code 134)."""
    import sys

    from briefing.gui.none_guard import HEADROOM, keep_none_alive
    keep_none_alive()
    if sys.version_info < (3, 12):
        assert all(sys.getrefcount(x) > HEADROOM for x in (None, True, False))
