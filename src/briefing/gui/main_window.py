"""The main window: documents on the left, brief setup in the middle, the brief for review on the right."""

from __future__ import annotations

import copy
import logging
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QCloseEvent, QDesktopServices, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QFileDialog,
    QLabel,
    QListWidget,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QScrollArea,
    QSplitter,
    QToolBar,
    QToolButton,
)

from briefing import __version__
from briefing.gui import names
from briefing.gui.actions import create_actions
from briefing.gui.documents_panel import DocumentsPanel
from briefing.gui.preview import DocumentPreview
from briefing.gui.qt_paths import real_path
from briefing.gui.review_panel import ReviewPanel
from briefing.gui.settings import GuiSettings
from briefing.gui.setup_panel import SetupPanel
from briefing.gui.worker import JobWorker, ProcessJob, ThreadJob
from briefing.library import (
    PROJECT_SUFFIX,
    Project,
    clear_autosave,
    document_problem,
    read_autosave,
    read_project,
    relocate_documents,
    write_autosave,
    write_project,
)
from briefing.model import (
    Brief,
    BriefingError,
    CancelFlag,
    Citation,
    Progress,
    Source,
    display_name,
    display_path,
)
from briefing.model.progress import Job
from briefing.templates import (
    Template,
    load_template,
    read_template,
    save_template,
    template_to_yaml,
    user_templates_dir,
)
from briefing.templates.store import check_template_name, is_template_file

log = logging.getLogger(__name__)

AUTOSAVE_INTERVAL_MS = 30_000     # at most half a minute of work lost on a crash
DEFAULT_SIZE = (1500, 950)
EXPORT_FILTERS = {"Word document (*.docx)": ".docx", "PDF (*.pdf)": ".pdf", "Markdown (*.md)": ".md",
                  "JSON, briefing/1 (*.json)": ".json"}
PROJECT_FILTER = f"Briefing project (*{PROJECT_SUFFIX})"
TEMPLATE_FILTER = "Briefing template (*.yaml *.yml)"
DOCUMENT_FILTER = "Documents (*.txt *.text *.md *.markdown *.html *.htm *.docx *.pdf);;All files (*)"


class MainWindow(QMainWindow):
    job_finished = Signal(str)        # "succeeded", "failed" or "cancelled": tests and scripts wait on it

    def __init__(self, settings: GuiSettings) -> None:
        super().__init__()
        self.setObjectName(names.MAIN_WINDOW)
        self.settings = settings
        self.project_path: Path | None = None
        self.last_export: Path | None = None
        self.last_error: str = ""
        self._worker: JobWorker | None = None
        self._dirty = False
        self._quiet = False          # set while a project loads: its changes are not the user's
        self._job_started = 0.0

        self.actions = create_actions(self)
        self.undo_stack = QUndoStack(self)
        self.actions["undo"] = self.undo_stack.createUndoAction(self, "&Undo")
        self.actions["redo"] = self.undo_stack.createRedoAction(self, "&Redo")
        for key, name, keys in (
                ("undo", names.ACTION_UNDO, [QKeySequence("Ctrl+Z")]),
                ("redo", names.ACTION_REDO, [QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])):
            action = self.actions[key]
            action.setObjectName(name)
            action.setShortcuts(keys)
            action.setIcon(self.style().standardIcon(
                self.style().StandardPixmap.SP_ArrowBack if key == "undo" else self.style().StandardPixmap.SP_ArrowForward))
            action.setToolTip(f"{key.capitalize()} the last change to the brief ({keys[0].toString()})")
        for key in ("remove", "delete"):
            self.actions[key].setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.actions["delete"].setShortcuts([QKeySequence.StandardKey.Delete, QKeySequence("Ctrl+Backspace")])

        self.documents = DocumentsPanel(self.actions["add_files"], self.actions["add_folder"],
                                        self.actions["remove"], self)
        self.documents.tree.addAction(self.actions["preview"])
        self.documents.tree.addAction(self.actions["relocate"])
        self.preview = DocumentPreview(self)
        self.setup = SetupPanel(self)
        self.setup.save_button.setDefaultAction(self.actions["save_template"])
        self.setup.compose_button.setDefaultAction(self.actions["compose"])
        self.review = ReviewPanel(self.undo_stack, self.actions, self._source_sentence, self)
        self._build_layout()
        self._build_menus()
        self._build_status_bar()
        self._connect()
        self._restore_window()

        self._autosave_timer = QTimer(self)
        self._autosave_timer.setInterval(AUTOSAVE_INTERVAL_MS)
        self._autosave_timer.timeout.connect(self.autosave_now)
        self._autosave_timer.start()
        self._set_dirty(False)
        self._update_actions()

    # --- construction ---------------------------------------------------------------------
    def _build_layout(self) -> None:
        left = QSplitter(Qt.Orientation.Vertical, self)
        left.addWidget(self.documents)
        left.addWidget(self.preview)
        left.setStretchFactor(0, 3)
        left.setStretchFactor(1, 2)
        setup_scroll = QScrollArea(self)
        setup_scroll.setWidget(self.setup)
        setup_scroll.setWidgetResizable(True)
        setup_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        setup_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # wide enough for the cover fields and section titles at any font size
        setup_scroll.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 22)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(left)
        self.splitter.addWidget(setup_scroll)
        self.splitter.addWidget(self.review)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setStretchFactor(2, 4)
        self.splitter.setChildrenCollapsible(False)
        self.setCentralWidget(self.splitter)
        self.left_splitter = left

        self.problems = QListWidget(self)
        self.problems.setObjectName(names.PROBLEMS_LIST)
        self.problems.setWordWrap(True)
        self.problems_dock = QDockWidget("Problems", self)
        self.problems_dock.setObjectName(names.PROBLEMS_DOCK)
        self.problems_dock.setWidget(self.problems)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.problems_dock)
        self.problems_dock.hide()

        toolbar = QToolBar("Main", self)
        toolbar.setObjectName(names.MAIN_TOOLBAR)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for key in ("add_files", "add_folder", None, "compose", "cancel", None, "undo", "redo", None,
                    "export", "save"):
            if key is None:
                toolbar.addSeparator()
            else:
                toolbar.addAction(self.actions[key])
        self.addToolBar(toolbar)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu("&File")
        file_menu.addActions([self.actions[k] for k in ("new", "open")])
        self.recent_menu = file_menu.addMenu("Open &recent")
        self.recent_menu.setObjectName(names.RECENT_MENU)
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        file_menu.addActions([self.actions[k] for k in ("save", "save_as")])
        file_menu.addSeparator()
        file_menu.addAction(self.actions["export"])
        file_menu.addSeparator()
        file_menu.addAction(self.actions["quit"])
        edit_menu = bar.addMenu("&Edit")
        edit_menu.addActions([self.actions[k] for k in ("undo", "redo")])
        edit_menu.addSeparator()
        edit_menu.addActions([self.actions[k] for k in ("edit", "move_up", "move_down", "delete")])
        docs_menu = bar.addMenu("&Documents")
        docs_menu.addActions([self.actions[k] for k in ("add_files", "add_folder", "remove", "preview", "relocate")])
        brief_menu = bar.addMenu("&Brief")
        brief_menu.addActions([self.actions[k] for k in ("compose", "cancel")])
        brief_menu.addSeparator()
        brief_menu.addActions([self.actions[k] for k in ("save_template", "export_template")])
        view_menu = bar.addMenu("&View")
        view_menu.addAction(self.problems_dock.toggleViewAction())
        help_menu = bar.addMenu("&Help")
        help_menu.addAction(self.actions["about"])

    def _build_status_bar(self) -> None:
        self.progress_label = QLabel(self)
        self.progress_label.setObjectName(names.PROGRESS_LABEL)
        self.progress_bar = QProgressBar(self)
        self.progress_bar.setObjectName(names.PROGRESS_BAR)
        self.progress_bar.setMaximumWidth(self.fontMetrics().horizontalAdvance("M") * 20)
        self.cancel_button = QToolButton(self)
        self.cancel_button.setObjectName(names.CANCEL_BUTTON)
        self.cancel_button.setDefaultAction(self.actions["cancel"])
        self.cancel_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        status = self.statusBar()
        status.addPermanentWidget(self.progress_label)
        status.addPermanentWidget(self.progress_bar)
        status.addPermanentWidget(self.cancel_button)
        self._show_progress(False)

    def _connect(self) -> None:
        a = self.actions
        a["add_files"].triggered.connect(self.add_files)
        a["add_folder"].triggered.connect(self.add_folder)
        a["remove"].triggered.connect(self.documents.remove_selected)
        a["preview"].triggered.connect(lambda: self.preview_document(self.documents.current_document_id()))
        a["relocate"].triggered.connect(lambda: self.relocate_missing())
        a["compose"].triggered.connect(self.compose)
        a["cancel"].triggered.connect(self.cancel_job)
        a["export"].triggered.connect(self.export_brief)
        a["new"].triggered.connect(self.new_project)
        a["open"].triggered.connect(lambda: self.open_project())
        a["save"].triggered.connect(self.save_project)
        a["save_as"].triggered.connect(self.save_project_as)
        a["save_template"].triggered.connect(self.save_template_as)
        a["export_template"].triggered.connect(self.save_template_to_file)
        a["edit"].triggered.connect(self.review.edit_current)
        a["delete"].triggered.connect(self.review.delete_current)
        a["move_up"].triggered.connect(lambda: self.review.move_current(-1))
        a["move_down"].triggered.connect(lambda: self.review.move_current(+1))
        a["about"].triggered.connect(self.show_about)
        a["quit"].triggered.connect(self.close)
        self.documents.paths_dropped.connect(self.add_paths)
        self.documents.choices_changed.connect(self._on_user_change)
        self.documents.preview_requested.connect(self.preview_document)
        self.documents.relocate_requested.connect(self.relocate_missing)
        self.documents.tree.currentItemChanged.connect(self._update_actions)
        self.setup.changed.connect(self._on_user_change)
        self.setup.problem.connect(lambda message: self.show_problems([message]))
        self.review.brief_changed.connect(self._on_user_change)
        self.review.citation_activated.connect(self.show_source)
        self.review.tree.currentItemChanged.connect(self._update_actions)
        self.undo_stack.indexChanged.connect(self._update_actions)

    # --- state ----------------------------------------------------------------------------
    def is_busy(self) -> bool:
        return self._worker is not None

    def is_dirty(self) -> bool:
        return self._dirty

    def _on_user_change(self) -> None:
        if not self._quiet:
            self._set_dirty(True)
        self._update_actions()

    def _set_dirty(self, dirty: bool) -> None:
        self._dirty = dirty
        if not dirty:
            self.undo_stack.setClean()
        name = display_name(self.project_path) if self.project_path else "Untitled project"
        self.setWindowTitle(f"{name}[*] — briefing")
        self.setWindowModified(dirty)

    def _update_actions(self, *_signal_args) -> None:
        a, busy = self.actions, self.is_busy()
        has_docs = bool(self.documents.documents())
        has_brief = self.review.brief is not None
        for key in ("add_files", "add_folder", "new", "open", "save", "save_as"):
            a[key].setEnabled(not busy)
        a["remove"].setEnabled(not busy and bool(self.documents.tree.selectedItems()))
        a["preview"].setEnabled(self.documents.current_document_id() is not None)
        a["relocate"].setEnabled(not busy and bool(self.documents.missing_paths()))
        a["compose"].setEnabled(not busy and has_docs)
        a["cancel"].setEnabled(busy)
        a["export"].setEnabled(not busy and has_brief)
        path = self.review.current_path() if has_brief else None
        a["edit"].setEnabled(self.review.can_edit())
        a["delete"].setEnabled(path is not None)
        a["move_up"].setEnabled(self.review.can_move(-1))
        a["move_down"].setEnabled(self.review.can_move(+1))

    # --- jobs -----------------------------------------------------------------------------
    def _start_job(self, label: str, worker: JobWorker, on_success: Callable[[Any], None]) -> bool:
        if self._worker is not None:
            self.statusBar().showMessage("Busy: wait for the running work or cancel it", 5000)
            worker.deleteLater()
            return False
        worker.setParent(self)
        worker.progress.connect(self._on_progress)
        worker.succeeded.connect(lambda result: self._job_done("succeeded", on_success, result))
        worker.failed.connect(self._on_job_failed)
        worker.cancelled.connect(lambda: self._job_done("cancelled"))
        worker.finished.connect(worker.deleteLater)
        self._worker = worker
        self.progress_label.setText(label + "…")
        self.progress_bar.setRange(0, 0)
        self._show_progress(True)
        self._update_actions()
        worker.start()
        return True

    def _on_progress(self, done: int, total: int, message: str) -> None:
        if self._worker is None:
            return
        self.progress_bar.setRange(0, max(total, 1))
        self.progress_bar.setValue(done)
        self.progress_label.setText(message)

    def _job_done(self, outcome: str, on_success: Callable[[Any], None] | None = None, result: Any = None) -> None:
        worker, self._worker = self._worker, None
        if worker is not None:
            worker.wait()
        self._show_progress(False)
        if outcome != "succeeded":
            self._quiet = False
        if outcome == "cancelled":
            self.statusBar().showMessage("Cancelled", 5000)
        try:
            if on_success is not None:
                on_success(result)
        except BriefingError as exc:
            self.show_error(str(exc))
        finally:
            self._update_actions()
            self.job_finished.emit(outcome)

    def _on_job_failed(self, message: str) -> None:
        self._job_done("failed")
        self.show_error(message)

    def cancel_job(self) -> None:
        if self._worker is not None:
            self._worker.cancel()
            self.progress_label.setText("Cancelling…")
            self.actions["cancel"].setEnabled(False)

    def _show_progress(self, on: bool) -> None:
        for widget in (self.progress_label, self.progress_bar, self.cancel_button):
            widget.setVisible(on)

    def show_error(self, message: str) -> None:
        self.last_error = message
        self.statusBar().showMessage(message, 10000)
        QMessageBox.warning(self, "briefing", message)

    def show_problems(self, problems: list[str]) -> None:
        """List files that could not be used; the rest of the work goes on."""
        for problem in problems:
            self.problems.addItem(problem)
        if problems:
            self.problems_dock.show()
            self.problems_dock.raise_()
            said = self.statusBar().currentMessage()
            self.statusBar().showMessage((said + " — " if said else "")
                                         + f"{len(problems)} file(s) could not be used; see Problems", 10000)

    # --- documents ------------------------------------------------------------------------
    def add_files(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(self, "Add documents", self.settings.folder("documents"),
                                                DOCUMENT_FILTER)
        if paths:
            self.settings.remember_folder("documents", paths[0])
            self.add_paths(paths)

    def add_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, "Add a folder of documents", self.settings.folder("documents"))
        if folder:
            self.settings.remember_folder("documents", Path(folder).parent)
            self.add_paths([folder])

    def add_paths(self, paths: list[str], then: Callable[[], None] | None = None) -> bool:
        """Read files and folders in the background and add the documents that read."""
        paths = [real_path(p) for p in paths]      # Qt's names lose bytes that are not UTF-8

        def added(result) -> None:
            new = self.documents.add_documents(result.documents)
            self.statusBar().showMessage(f"Added {new} document(s)", 5000)
            self.show_problems([str(p) for p in result.problems])
            if then is not None:
                then()
        return self._start_job("Reading documents", ProcessJob("briefing.services:ingest", (list(paths),)), added)

    def preview_document(self, doc_id: str | None, sentence: int | None = None) -> None:
        document = self.documents.document(doc_id) if doc_id else None
        if document is None:
            return
        excluded = self.documents.excluded()[1].get(document.id, set())
        self.preview.show_document(document, sentence, excluded)

    def show_source(self, source_id: str, sentence: int) -> None:
        """Open a cited source in the preview, at the cited sentence, highlighted."""
        brief = self.review.brief
        source = brief.source(source_id) if brief else None
        document = self.documents.document_for_source(source.path, source.sha256) if source else None
        if document is None:
            self.statusBar().showMessage(f"{source_id}: the document is not loaded "
                                         f"({display_path(source.path) if source else 'unknown source'})", 8000)
            return
        self.preview_document(document.id, sentence if sentence >= 0 else None)

    def _source_sentence(self, source: Source, citation: Citation) -> str | None:
        document = self.documents.document_for_source(source.path, source.sha256)
        if document is None or not 0 <= citation.sentence < len(document.sentences):
            return None
        return document.sentences[citation.sentence].text

    # --- compose and export ---------------------------------------------------------------
    def compose(self) -> None:
        documents = self.documents.documents()
        if not documents:
            return
        excluded_documents, excluded_headings = self.documents.excluded()
        worker = ProcessJob("briefing.gui.job_process:compose_job",
                            (documents, self.setup.template(), excluded_documents, excluded_headings,
                             self.setup.options()))
        self._start_job("Composing", worker, self._on_composed)

    def _on_composed(self, brief: Brief) -> None:
        self.review.set_brief(brief)
        self.statusBar().showMessage(f"Composed from {len(brief.sources)} documents", 5000)

    def export_brief(self) -> None:
        brief = self.review.brief
        if brief is None:
            return
        stem = "".join(c if c.isalnum() or c in " -_" else "_" for c in brief.title).strip() or "brief"
        suggested = Path(self.settings.folder("export")) / f"{stem[:60]}.docx"
        path, chosen = QFileDialog.getSaveFileName(self, "Export brief", str(suggested),
                                                   ";;".join(EXPORT_FILTERS), next(iter(EXPORT_FILTERS)))
        if not path:
            return
        target = Path(path)
        if target.suffix.lower() not in EXPORT_FILTERS.values():
            target = target.with_suffix(EXPORT_FILTERS.get(chosen, ".docx"))
        self.settings.remember_folder("export", target)
        self.export_to(target)

    def export_to(self, target: Path, ask_to_open: bool = True) -> bool:
        brief, template = copy.deepcopy(self.review.brief), self.setup.template()

        def job(cancel: CancelFlag) -> Job[Path]:
            from briefing.services import export
            yield Progress(0, 1, f"Writing {display_name(target)}")
            return export(brief, target, None, template)

        def exported(path: Path) -> None:
            self.last_export = Path(path)
            self.statusBar().showMessage(f"Exported {display_path(path)}", 8000)
            if ask_to_open and QMessageBox.question(
                    self, "Exported", f"Wrote {display_path(path)}.\n\nOpen it now?",
                    QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No) == QMessageBox.StandardButton.Yes:
                QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
        return self._start_job("Exporting", ThreadJob(job), exported)

    # --- templates ------------------------------------------------------------------------
    def save_template_as(self) -> None:
        """Save the setup as one of the user's templates, which then appears in the chooser."""
        from PySide6.QtWidgets import QInputDialog
        template = self.setup.template()
        name, ok = QInputDialog.getText(self, "Save template as", "Template name (letters, digits, - and _):",
                                        text=f"{template.name}-copy" if template.name == "standard" else template.name)
        if not ok or not name.strip():
            return
        try:
            template.name = check_template_name(name.strip())
            target = user_templates_dir() / f"{template.name}.yaml"
            if target.exists() and QMessageBox.question(
                    self, "Replace template?", f"You already have a template named {template.name}. Replace it?",
                    QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No) != QMessageBox.StandardButton.Yes:
                return
            path = save_template(template, None)
        except BriefingError as exc:
            self.show_error(str(exc))
            return
        self.setup.refresh_templates(select=str(path))
        self.statusBar().showMessage(f"Saved template {template.name} ({display_path(path)})", 8000)

    def save_template_to_file(self) -> None:
        template = self.setup.template()
        path, _ = QFileDialog.getSaveFileName(self, "Save template to file",
                                              str(Path(self.settings.folder("template")) / f"{template.name}.yaml"),
                                              TEMPLATE_FILTER)
        if not path:
            return
        template.name = Path(path).stem if Path(path).stem.replace("-", "_").isidentifier() else template.name
        try:
            written = save_template(template, path)
        except BriefingError as exc:
            self.show_error(str(exc))
            return
        self.settings.remember_folder("template", written)
        self.setup.refresh_templates()
        self.statusBar().showMessage(f"Saved template to {display_path(written)}", 8000)

    # --- projects -------------------------------------------------------------------------
    def project(self) -> Project:
        template = self.setup.template()
        return Project(self.documents.choices(), template.name, template_to_yaml(template),
                       self.setup.options(), copy.deepcopy(self.review.brief))

    def _ask_save(self) -> bool:
        """True when it is fine to drop the current project (saved, discarded, or unchanged)."""
        if not self._dirty:
            return True
        answer = QMessageBox.question(
            self, "Unsaved changes", "The project has unsaved changes. Save them first?",
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save)
        if answer == QMessageBox.StandardButton.Save:
            return self.save_project()
        return answer == QMessageBox.StandardButton.Discard

    def save_project(self) -> bool:
        if self.project_path is None:
            return self.save_project_as()
        try:
            write_project(self.project(), self.project_path)
        except BriefingError as exc:
            self.show_error(str(exc))
            return False
        self.settings.add_recent_project(self.project_path)
        self._set_dirty(False)
        clear_autosave()
        self.statusBar().showMessage(f"Saved {display_path(self.project_path)}", 5000)
        return True

    def save_project_as(self) -> bool:
        suggested = Path(self.settings.folder("project")) / (self.project_path.name if self.project_path
                                                              else f"brief{PROJECT_SUFFIX}")
        path, _ = QFileDialog.getSaveFileName(self, "Save project", str(suggested), PROJECT_FILTER)
        if not path:
            return False
        target = Path(path)
        if target.suffix != PROJECT_SUFFIX:
            target = target.with_name(target.name + PROJECT_SUFFIX)
        self.settings.remember_folder("project", target)
        self.project_path = target
        return self.save_project()

    def new_project(self) -> None:
        if self.is_busy() or not self._ask_save():
            return
        self._reset()
        self.project_path = None
        self.setup.refresh_templates()
        self.setup.show_template(load_template("standard"))
        self._set_dirty(False)

    def _reset(self) -> None:
        self.documents.clear()
        self.review.set_brief(None)
        self.problems.clear()
        self.problems_dock.hide()
        self.setup.set_options({})

    def open_project(self, path: str | Path | None = None) -> bool:
        if self.is_busy() or not self._ask_save():
            return False
        if path is None:
            path, _ = QFileDialog.getOpenFileName(self, "Open project", self.settings.folder("project"),
                                                  PROJECT_FILTER + ";;All files (*)")
            if not path:
                return False
        try:
            project = read_project(path)
        except BriefingError as exc:
            self.show_error(str(exc))
            return False
        self.settings.remember_folder("project", path)
        self.settings.add_recent_project(path)
        self.project_path = Path(path)
        self.load_project(project)
        return True

    def load_project(self, project: Project, dirty: bool = False) -> None:
        """Show a project: its template and options now, its documents and brief once read.

        Documents that are not where the project says are listed as missing (and kept in the
        project), for the user to relocate; nothing the project names is read unless it is a
        regular file of a kind briefing reads.
        """
        self._quiet = True
        self._reset()
        where = display_path(self.project_path) if self.project_path else "project"
        template, problems = self._project_template(project, where)
        self.setup.show_template(template)
        self.setup.set_options(project.options)
        unavailable = [(d, why) for d in project.documents if (why := document_problem(d.path))]
        paths = [d.path for d in project.documents if not document_problem(d.path)]
        self.documents.add_missing(unavailable)
        problems += [f"{display_path(d.path)}: {why}" for d, why in unavailable]
        self.show_problems(problems)

        def finish() -> None:
            self.documents.apply_choices(project.documents)
            self.review.set_brief(project.brief)
            self._quiet = False
            self._set_dirty(dirty)
            self._update_actions()
        if paths:
            if not self.add_paths(paths, then=finish):
                self._quiet = False
        else:
            finish()

    def _project_template(self, project: Project, where: str) -> tuple[Template, list[str]]:
        """The template a project carries (its style files confined to the project's folder, your
        templates and briefing's own), else the one it names, else standard; and what went wrong."""
        problems: list[str] = []
        if project.template_yaml:
            folder = self.project_path.resolve().parent if self.project_path else None
            template, problems = read_template(project.template_yaml, f"{where} (template)", folder)
            if template.sections:
                return template, problems       # a style file refused is left out, the rest holds
        if not is_template_file(project.template_name):
            try:
                return load_template(project.template_name), problems
            except BriefingError as exc:
                problems.append(str(exc))
        return load_template("standard"), problems

    def relocate_missing(self, old_path: str | None = None) -> bool:
        """Ask where a missing document is now; read it there, and any other missing document of
        the same file name in that folder too, keeping each one's choices."""
        old_path = old_path or self.documents.selected_missing_path()
        if old_path is None or self.is_busy():
            return False
        start = os.path.dirname(old_path) if os.path.isdir(os.path.dirname(old_path)) \
            else self.settings.folder("documents")
        chosen, _ = QFileDialog.getOpenFileName(
            self, f"Where is {display_name(old_path)} now?", start,
            f"{display_name(old_path)} (*{Path(old_path).suffix});;{DOCUMENT_FILTER}")
        if not chosen:
            return False
        chosen = real_path(chosen)
        moved = {old_path: os.path.abspath(chosen)}
        others = Project([self.documents.missing_choice(p) for p in self.documents.missing_paths() if p != old_path])
        moved.update(relocate_documents(others, Path(chosen).parent))
        self.settings.remember_folder("documents", chosen)

        def found() -> None:
            for old, new in moved.items():
                self.documents.resolve_missing(old, self.documents.document_at_path(new))
            brief = self.review.brief
            for source in brief.sources if brief else []:
                source.path = moved.get(source.path, source.path)
            self.statusBar().showMessage(f"Found {len(moved)} missing document(s)", 5000)
            self._update_actions()
        return self.add_paths(list(moved.values()), then=found)

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        recent = self.settings.recent_projects()
        for path in recent:
            action = self.recent_menu.addAction(display_name(path))
            action.setToolTip(display_path(path))
            action.setStatusTip(display_path(path))
            action.triggered.connect(lambda _=False, p=path: self._open_recent(p))
        if not recent:
            self.recent_menu.addAction("(no recent projects)").setEnabled(False)

    def _open_recent(self, path: str) -> None:
        if not Path(path).is_file():
            self.settings.forget_recent_project(path)
            self.show_error(f"{display_path(path)}: the project is no longer there; it is taken off the list")
            return
        self.open_project(path)

    # --- crash safety ---------------------------------------------------------------------
    def autosave_now(self) -> None:
        if not self._dirty or self._quiet:
            return
        project = self.project()
        project.saved_as = str(self.project_path) if self.project_path else None
        try:
            write_autosave(project)
        except BriefingError as exc:       # a full disk must not interrupt the user's work
            log.warning("autosave failed: %s", exc)

    def offer_restore(self) -> bool:
        """If the last session ended without saving, offer to bring its work back."""
        try:
            project = read_autosave()
        except BriefingError as exc:
            log.warning("autosave unreadable, removed: %s", exc)
            clear_autosave()
            return False
        if project is None:
            return False
        on = f" on {display_name(project.saved_as)}" if project.saved_as else ""
        answer = QMessageBox.question(
            self, "Restore unsaved work?",
            f"briefing did not close cleanly last time. Restore the work{on} that was not saved?",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes)
        if answer != QMessageBox.StandardButton.Yes:
            clear_autosave()
            return False
        # the work goes back under its own file name, so that Save writes it there, not a new file
        self.project_path = Path(project.saved_as) if project.saved_as else None
        self.load_project(project, dirty=True)
        return True

    # --- window ---------------------------------------------------------------------------
    def show_about(self) -> None:
        QMessageBox.about(self, "About briefing",
                          f"<h3>briefing {__version__}</h3>"
                          "<p>Turns a pile of documents into a cited, printable briefing pack. "
                          "Every statement is a sentence from a source, cited to it.</p>"
                          "<p>Works offline: no cloud, no language model, nothing downloaded.</p>"
                          "<p>MIT licence.</p>")

    def _restore_window(self) -> None:
        if not self.restoreGeometry(self.settings.geometry()):
            screen = QApplication.primaryScreen()
            free = screen.availableGeometry() if screen else None
            width, height = DEFAULT_SIZE
            if free is not None:
                width, height = min(width, free.width()), min(height, free.height())
            self.resize(width, height)
        self.restoreState(self.settings.window_state())
        if not self.splitter.restoreState(self.settings.splitter_state()):
            em = self.fontMetrics().horizontalAdvance("M")
            self.splitter.setSizes([em * 34, em * 24, em * 56])

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._ask_save():
            event.ignore()
            return
        if self._worker is not None:
            self._worker.cancel()
            self._worker.wait(5000)
        self.settings.save_window(self.saveGeometry(), self.saveState(), QByteArray(self.splitter.saveState()))
        self.settings.sync()
        self._autosave_timer.stop()
        clear_autosave()
        event.accept()
