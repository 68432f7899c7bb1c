"""Export offers to open the file; templates saved to any path load again; start-up stays light."""

import os
import subprocess
import sys

from gui_helpers import SEEDS, run_job
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox

from briefing.templates import load_template


def composed(qtbot, window):
    assert run_job(qtbot, window, lambda: window.add_paths([str(SEEDS)])) == "succeeded"
    assert run_job(qtbot, window, window.actions["compose"].trigger) == "succeeded"


def test_export_offers_to_open_the_file_and_opens_it_when_asked(qtbot, window, monkeypatch, tmp_path, dialogs):
    composed(qtbot, window)
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True)
    # no extension typed: the chosen filter decides it
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "brief"), "Markdown (*.md)"))
    dialogs.answer = QMessageBox.StandardButton.Yes
    assert run_job(qtbot, window, window.actions["export"].trigger) == "succeeded"
    assert opened == [str(tmp_path / "brief.md")]
    assert (tmp_path / "brief.md").read_text(encoding="utf-8").startswith("# ")


def test_a_failed_export_is_a_message_and_nothing_is_left_behind(qtbot, window, monkeypatch, tmp_path, dialogs):
    composed(qtbot, window)
    target = tmp_path / "missing-folder" / "brief.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    assert run_job(qtbot, window, window.actions["export"].trigger) == "failed"
    assert "missing-folder" in dialogs.messages[-1][1] and not target.exists()


def test_template_saved_to_a_file_loads_with_the_sections_as_set_up(qtbot, window, monkeypatch, tmp_path):
    window.setup.sections.item(1).setCheckState(Qt.CheckState.Unchecked)
    window.setup.watchlist.setPlainText("Fishing quotas: quota, catch limits")
    target = tmp_path / "shared-setup.yaml"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window.actions["export_template"].trigger()
    template = load_template(target)
    assert template.name == "shared-setup"
    assert [s.enabled for s in template.sections][:3] == [True, False, True]
    assert [(w.name, w.terms) for w in template.watchlist] == [("Fishing quotas", ["quota", "catch limits"])]


def test_window_start_up_loads_neither_the_analysis_nor_the_document_writers():
    script = ("import sys; from briefing.gui import create_main_window; w = create_main_window(); w.show(); "
              "print(sorted(m for m in ('reportlab', 'docx', 'briefing.analysis', 'briefing.compose') "
              "if m in sys.modules))")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=60)
    assert out.stdout.strip().splitlines()[-1] == "[]", out.stderr


def test_a_broken_template_in_the_chooser_is_explained_and_the_setup_kept(qtbot, window, tmp_path):
    folder = tmp_path / "data" / "templates"
    folder.mkdir(parents=True)
    (folder / "broken.yaml").write_text("format: briefing-template/1\nsections: [oops\n", encoding="utf-8")
    window.setup.refresh_templates()
    before = [window.setup.sections.item(i).text() for i in range(window.setup.sections.count())]
    window.setup.chooser.setCurrentIndex(window.setup.chooser.findText("broken (yours)"))
    assert "cannot be used" in window.setup.description.text()
    assert [window.setup.sections.item(i).text() for i in range(window.setup.sections.count())] == before
    assert "broken.yaml" in window.problems.item(window.problems.count() - 1).text()
