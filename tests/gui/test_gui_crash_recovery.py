"""A window killed while it autosaves: the autosave is whole, and the next window restores the work
under the project's own name."""

import os
import random
import subprocess
import sys
import textwrap
import time

from PySide6.QtWidgets import QMessageBox

from briefing.library import autosave_path, read_autosave, read_project

KILLS = 6           # each starts a real window in a new process: about a second and a half apiece


def _prose(n: int) -> str:
    return (f"The water board of Osterfeld{n} raised the river barrier on Sunday night, its engineers said.\n\n"
            f"Engineer Tomas Reyl{n} said the barrier would stay up for {n + 2} days while the flood passed.\n\n"
            f"Farmers near Osterfeld{n} said their fields downstream were already under water.\n")


# A real window, in a process of its own: it opens the project, the user edits the title, and it
# autosaves over and over (saying "w" as each write begins) until it is killed.
AUTOSAVING_WINDOW = textwrap.dedent("""
    import sys, time
    import briefing.atomic
    from briefing.gui.app import application, create_main_window
    app = application()
    window = create_main_window()
    window.open_project({project!r})
    while window.is_busy():
        app.processEvents()
        time.sleep(0.01)
    app.processEvents()
    field = window.setup.fields["title"]
    real = briefing.atomic._new_temporary
    def begun(folder, name):
        made = real(folder, name)
        print("w", flush=True)
        return made
    n = 0
    while True:
        n += 1
        field.setText(f"Flood barrier, edit {{n}}")
        field.textEdited.emit(field.text())           # as when the user types
        window.autosave_now()
        if n == 1:
            print("written", flush=True)
            briefing.atomic._new_temporary = begun
""")


def _kill_autosaving_window(project, rng) -> None:
    child = subprocess.Popen([sys.executable, "-c", AUTOSAVING_WINDOW.format(project=str(project))],
                             stdout=subprocess.PIPE, text=True, env=os.environ.copy())
    try:
        assert child.stdout.readline().strip() == "written", "the window did not autosave"
        assert child.stdout.readline().strip() == "w"
        time.sleep(rng.uniform(0, 0.01))
    finally:
        child.kill()
        child.wait()
        child.stdout.close()


def test_a_window_killed_while_autosaving_is_restored_under_its_project_name(qtbot, make_window, tmp_path, dialogs):
    docs = tmp_path / "docs"
    docs.mkdir()
    for n in range(3):
        (docs / f"barrier-{n}.txt").write_text(_prose(n), encoding="utf-8")
    first = make_window()
    with qtbot.waitSignal(first.job_finished, timeout=30000):
        first.add_paths([str(docs)])
    first.project_path = tmp_path / "flood.briefing"
    assert first.save_project()
    first.close()
    saved_before = (tmp_path / "flood.briefing").read_bytes()

    rng = random.Random(7)
    for kill in range(KILLS):
        _kill_autosaving_window(tmp_path / "flood.briefing", rng)
        project = read_autosave()                        # whole after every kill
        assert project is not None and project.options["title"].startswith("Flood barrier, edit "), kill
        assert project.saved_as == str(tmp_path / "flood.briefing") and len(project.documents) == 3
    assert (tmp_path / "flood.briefing").read_bytes() == saved_before     # the project file itself untouched
    leftovers = [n for n in os.listdir(autosave_path().parent) if n.endswith(".part")]
    assert len(leftovers) <= 1                           # at most the last killed window's, cleared next time

    window = make_window()
    dialogs.answer = QMessageBox.StandardButton.Yes
    with qtbot.waitSignal(window.job_finished, timeout=30000):
        assert window.offer_restore()
    assert "flood.briefing" in dialogs.messages[-1][1]           # the offer names the project
    assert window.project_path == tmp_path / "flood.briefing"
    assert window.windowTitle().startswith("flood.briefing") and window.isWindowModified()
    assert window.setup.fields["title"].text() == project.options["title"]
    assert len(window.documents.documents()) == 3
    assert window.save_project()                                 # Save writes the project's own file
    assert read_project(tmp_path / "flood.briefing").options["title"] == project.options["title"]
    assert [n for n in os.listdir(tmp_path) if n.endswith(".briefing")] == ["flood.briefing"]
    assert not any(n.endswith(".part") for n in os.listdir(autosave_path().parent))


def test_settings_are_replaced_whole_by_qt_and_their_folder_synced(tmp_path, monkeypatch):
    from briefing.gui.settings import GuiSettings
    synced = []
    monkeypatch.setattr("briefing.gui.settings.fsync_folder", synced.append)
    settings = GuiSettings(tmp_path / "config" / "gui.ini")
    settings.remember_folder("documents", tmp_path)
    settings.sync()
    assert settings._qs.isAtomicSyncRequired()          # Qt writes a temporary file and renames it
    assert synced == [tmp_path / "config"] and (tmp_path / "config" / "gui.ini").is_file()
    assert os.listdir(tmp_path / "config") == ["gui.ini"]
