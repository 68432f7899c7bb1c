"""Long work stays cancellable and the window responsive; unreadable files are listed, not fatal."""

import time

import pytest
from gui_helpers import BBC, run_job
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget, QFileDialog, QListWidget, QToolButton

from briefing.gui import names

needs_bbc = pytest.mark.skipif(not BBC.is_dir(), reason="the BBC corpus is not here")
# Cancel stops the work within a second on an idle machine (0.2-0.5 s measured); the tests allow
# twice that, as the suite also runs on loaded machines (1.06 s seen at a load average of 7).
CANCEL_SECONDS = 2.0


def cancel_after(qtbot, window, started_message: str, timeout_ms: int = 60000) -> float:
    """Wait until the job reports `started_message`, press Cancel, return seconds until it stopped."""
    qtbot.waitUntil(lambda: started_message in window.progress_label.text(), timeout=timeout_ms)
    cancel = window.findChild(QToolButton, names.CANCEL_BUTTON)
    with qtbot.waitSignal(window.job_finished, timeout=5000) as blocker:
        pressed = time.monotonic()
        qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    assert blocker.args == ["cancelled"]
    return time.monotonic() - pressed


@pytest.mark.slow
@needs_bbc
def test_cancel_stops_reading_the_bbc_corpus_within_a_second(qtbot, window, monkeypatch):
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(BBC))
    window.actions["add_folder"].trigger()
    assert cancel_after(qtbot, window, "Reading") < CANCEL_SECONDS
    assert window.documents.documents() == [] and not window.is_busy()
    assert window.actions["compose"].isEnabled() is False and window.actions["add_folder"].isEnabled()


@pytest.mark.slow
@needs_bbc
@pytest.mark.parametrize("after_ms", [1500, 5000])
def test_cancel_stops_composing_from_the_bbc_corpus_within_a_second(qtbot, window, monkeypatch, after_ms):
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(BBC))
    assert run_job(qtbot, window, window.actions["add_folder"].trigger, timeout=120000) == "succeeded"
    assert len(window.documents.documents()) > 2000
    window.actions["compose"].trigger()
    # cancel once the analysis is under way (early and deep into it), not while the job starts
    qtbot.wait(after_ms)
    assert window.is_busy()
    assert cancel_after(qtbot, window, "") < CANCEL_SECONDS
    assert window.review.brief is None and window.actions["compose"].isEnabled()


def test_a_corrupt_file_is_listed_and_the_rest_still_composes(qtbot, window, monkeypatch, tmp_path):
    folder = tmp_path / "docs"
    folder.mkdir()
    for name, place in (("a.txt", "Harbourtown"), ("b.txt", "Port Elin")):
        (folder / name).write_text(
            f"Port talks in {place}\n\nTrade Minister Anna Berg met the delegation in {place} on Monday. "
            "The two sides agreed to reopen the northern port next month. "
            "Negotiators will meet again in March to discuss fishing quotas.\n", encoding="utf-8")
    (folder / "broken.pdf").write_bytes(b"%PDF-1.7\n\x00\x01 this is not really a PDF \xff\xfe")
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(folder))
    assert run_job(qtbot, window, window.actions["add_folder"].trigger) == "succeeded"

    assert sorted(d.path.rsplit("/", 1)[-1] for d in window.documents.documents()) == ["a.txt", "b.txt"]
    problems = window.findChild(QListWidget, names.PROBLEMS_LIST)
    shown = [problems.item(i).text() for i in range(problems.count())]
    assert len(shown) == 1 and "broken.pdf" in shown[0]
    assert window.findChild(QDockWidget, names.PROBLEMS_DOCK).isVisible()
    assert "could not be used" in window.statusBar().currentMessage()

    assert run_job(qtbot, window, window.actions["compose"].trigger) == "succeeded"
    assert len(window.review.brief.sources) == 2


def test_an_error_in_compose_is_a_message_and_the_window_goes_on(qtbot, window, monkeypatch, tmp_path, dialogs):
    (tmp_path / "a.txt").write_text("Port talks\n\nThe minister met the delegation on Monday.\n", encoding="utf-8")
    assert run_job(qtbot, window, lambda: window.add_paths([str(tmp_path / "a.txt")])) == "succeeded"
    window.documents.item(window.documents.documents()[0].id).setCheckState(0, Qt.CheckState.Unchecked)
    assert run_job(qtbot, window, window.actions["compose"].trigger) == "failed"
    assert "no documents to compose from" in dialogs.messages[-1][1]
    assert window.actions["compose"].isEnabled() and window.actions["add_files"].isEnabled()
