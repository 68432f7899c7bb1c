"""The main window: documents on the left, brief setup in the middle, the brief for review and its
printed pages on the right."""

from __future__ import annotations

import copy
import logging
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QMarginsF, QRectF, QSizeF, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import (
    QCloseEvent,
    QDesktopServices,
    QImage,
    QKeySequence,
    QPageLayout,
    QPageSize,
    QPainter,
    QUndoCommand,
    QUndoStack,
)
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDockWidget,
    QFileDialog,
    QLabel,
    QListWidget,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QScrollArea,
    QSplitter,
    QTextBrowser,
    QToolBar,
    QToolButton,
    QVBoxLayout,
)

from briefing import __version__
from briefing.gui import names
from briefing.gui.actions import create_actions
from briefing.gui.documents_panel import DocumentsPanel
from briefing.gui.help_text import GUIDE_HTML, shortcuts_html
from briefing.gui.library_pane import install_library_pane
from briefing.gui.pages_view import PagesView
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
from briefing.services.editing import carry_edits
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
# The pages follow an edit once the user has paused this long (drawing them takes a second or so
# in a child process; redrawing on every keystroke would only queue work).
PAGES_DELAY_MS = 600
PRINT_DPI = 300                   # pages go to the printer drawn at most this fine
PAGES_JOB = "briefing.services.pages:render_pages"
EXPORT_FILTERS = {"Word document (*.docx)": ".docx", "PDF (*.pdf)": ".pdf", "Markdown (*.md)": ".md",
                  "JSON, briefing/1 (*.json)": ".json"}
PROJECT_FILTER = f"Briefing project (*{PROJECT_SUFFIX})"
TEMPLATE_FILTER = "Briefing template (*.yaml *.yml)"
DOCUMENT_FILTER = "Documents (*.txt *.text *.md *.markdown *.html *.htm *.docx *.pdf);;All files (*)"


class MadeChange(QUndoCommand):
    """A change the window has already made when it is pushed (a template switch, a brief composed
    over another), undone by showing the state before and redone by showing the one after again."""

    def __init__(self, text: str, show: Callable[[Any], None], before: Any, after: Any) -> None:
        super().__init__(text)
        self._show, self._before, self._after = show, before, after
        self._first = True

    def redo(self) -> None:
        if self._first:          # pushed once the change was made
            self._first = False
            return
        self._show(self._after)

    def undo(self) -> None:
        self._show(self._before)


class MainWindow(QMainWindow):
    job_finished = Signal(str)        # "succeeded", "failed" or "cancelled": tests and scripts wait on it
    pages_finished = Signal(str)      # the Pages view was redrawn ("succeeded"), or could not be

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
        self._composed_inputs: tuple | None = None     # what the brief shown was composed from
        self._pages_worker: JobWorker | None = None
        self._pages_again = False    # the brief changed while its pages were being drawn
        self.printed_pages = None    # services.pages.PrintedPages of the brief shown

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
        self.actions["toggle_setup"].setCheckable(True)
        self.actions["toggle_setup"].setChecked(True)

        self.documents = DocumentsPanel(self.actions["add_files"], self.actions["add_folder"],
                                        self.actions["remove"], self.actions["check_all"],
                                        self.actions["uncheck_all"], self)
        self.documents.tree.addAction(self.actions["preview"])
        self.documents.tree.addAction(self.actions["relocate"])
        self.preview = DocumentPreview(self)
        self.setup = SetupPanel(self)
        self.setup.save_button.setDefaultAction(self.actions["save_template"])
        self.setup.compose_button.setDefaultAction(self.actions["compose"])
        self.review = ReviewPanel(self.undo_stack, self.actions, self._source_sentence, self._source_context, self)
        self.pages = PagesView(self)
        self._pages_timer = QTimer(self)
        self._pages_timer.setSingleShot(True)
        self._pages_timer.setInterval(PAGES_DELAY_MS)
        self._pages_timer.timeout.connect(self.redraw_pages)
        self._build_layout()
        self._build_menus()
        self._build_status_bar()
        self._connect()
        self.library = install_library_pane(self)
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
        em = self.fontMetrics().horizontalAdvance("M")
        setup_scroll = QScrollArea(self)
        setup_scroll.setObjectName(names.SETUP_SCROLL)
        setup_scroll.setWidget(self.setup)
        setup_scroll.setWidgetResizable(True)
        setup_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        setup_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        setup_scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        # wide enough for the cover fields and section titles at any font size; taller content scrolls
        setup_scroll.setMinimumWidth(em * 17)
        self.setup.setMinimumWidth(em * 16)
        self.setup_scroll = setup_scroll
        self.brief_splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.brief_splitter.addWidget(self.review)
        self.brief_splitter.addWidget(self.pages)
        self.brief_splitter.setStretchFactor(0, 3)
        self.brief_splitter.setStretchFactor(1, 2)
        self.brief_splitter.setChildrenCollapsible(False)
        self.review.setMinimumWidth(em * 20)
        self.pages.setMinimumWidth(em * 10)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(left)
        self.splitter.addWidget(setup_scroll)
        self.splitter.addWidget(self.brief_splitter)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setStretchFactor(2, 6)
        self.splitter.setChildrenCollapsible(False)
        left.setMinimumWidth(em * 16)
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
        # what the panels' own buttons do not offer: each action is on screen once (and in the menus)
        for key in ("new", "open", "save", None, "undo", "redo", None, "print", "toggle_setup"):
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
        file_menu.addActions([self.actions[k] for k in ("export", "print")])
        file_menu.addSeparator()
        file_menu.addAction(self.actions["quit"])
        edit_menu = bar.addMenu("&Edit")
        edit_menu.addActions([self.actions[k] for k in ("undo", "redo")])
        edit_menu.addSeparator()
        edit_menu.addActions([self.actions[k] for k in ("edit", "move_up", "move_down", "delete")])
        docs_menu = bar.addMenu("&Documents")
        docs_menu.addActions([self.actions[k] for k in ("add_files", "add_folder", "remove", "preview", "relocate")])
        docs_menu.addSeparator()
        docs_menu.addActions([self.actions[k] for k in ("check_all", "uncheck_all")])
        brief_menu = bar.addMenu("&Brief")
        brief_menu.addActions([self.actions[k] for k in ("compose", "cancel")])
        brief_menu.addSeparator()
        brief_menu.addActions([self.actions[k] for k in ("open_template", "save_template", "export_template")])
        view_menu = bar.addMenu("&View")
        view_menu.addAction(self.actions["toggle_setup"])
        view_menu.addAction(self.problems_dock.toggleViewAction())
        help_menu = bar.addMenu("&Help")
        help_menu.addActions([self.actions[k] for k in ("guide", "shortcuts")])
        help_menu.addSeparator()
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
        a["open_template"].triggered.connect(self.load_template_file)
        a["print"].triggered.connect(lambda: self.print_brief())
        a["check_all"].triggered.connect(lambda: self.documents.set_all_included(True))
        a["uncheck_all"].triggered.connect(lambda: self.documents.set_all_included(False))
        a["toggle_setup"].toggled.connect(self.setup_scroll.setVisible)
        a["shortcuts"].triggered.connect(lambda: self.show_help("Keyboard shortcuts", shortcuts_html(self.actions)))
        a["guide"].triggered.connect(lambda: self.show_help("Quick guide", GUIDE_HTML))
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
        self.documents.tree.itemSelectionChanged.connect(self._update_actions)
        self.documents.tree.currentItemChanged.connect(self._update_actions)
        self.setup.changed.connect(self._on_user_change)
        self.setup.changed.connect(self._schedule_pages)         # the style may have changed
        self.setup.problem.connect(lambda message: self.show_problems([message]))
        self.setup.template_switched.connect(
            lambda before, after: self.undo_stack.push(MadeChange("Change template", self.setup.restore, before, after)))
        self.review.brief_changed.connect(self._on_brief_edited)
        self.review.brief_changed.connect(self._schedule_pages)
        self.review.citation_activated.connect(self.show_source)
        self.review.recompose_requested.connect(self.compose)
        self.review.problem.connect(lambda message: self.statusBar().showMessage(message, 8000))
        self.review.tree.itemSelectionChanged.connect(self._update_actions)
        self.review.tree.currentItemChanged.connect(self._update_actions)
        self.review.tree.currentItemChanged.connect(self._show_page_of_current)
        self.pages.dpi_wanted.connect(self._schedule_pages)
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
        self._check_out_of_date()

    def _on_brief_edited(self) -> None:
        """An edit to the brief: its inputs are the same, so whether it is out of date is too."""
        if not self._quiet:
            self._set_dirty(True)
        self._update_actions()

    def _inputs(self) -> tuple:
        """What a brief is composed from: documents and their choices, template as set up, cover fields."""
        template = self.setup.template()
        template.path = None
        excluded_documents, excluded_headings = self.documents.excluded()
        return (tuple(sorted(d.id for d in self.documents.documents())), tuple(sorted(excluded_documents)),
                tuple(sorted((k, tuple(sorted(v))) for k, v in excluded_headings.items())),
                template_to_yaml(template), tuple(sorted(self.setup.options().items())))

    def out_of_date_reason(self) -> str | None:
        """What changed since the brief shown was composed, in words (None: nothing did)."""
        if self.review.brief is None or self._composed_inputs is None or self._quiet or self.is_busy():
            return None
        now = self._inputs()
        then = self._composed_inputs
        changed = [what for what, parts in (("the documents", slice(0, 3)), ("the template, sections or limits",
                                                                          slice(3, 4)),
                                            ("the cover fields", slice(4, 5)))
                   if now[parts] != then[parts]]
        return " and ".join(changed) or None

    def _check_out_of_date(self) -> None:
        reason = self.out_of_date_reason()
        self.review.set_out_of_date(reason)
        if self.review.brief is None:
            return
        count = self.pages.page_count()
        shown = f"{count} page{'s' if count != 1 else ''}, as printed" if count else "Drawing the pages…"
        self.pages.show_message(shown + (" — the brief is out of date: Recompose to update it" if reason else ""))

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
        selected_documents = [i for i in self.documents.tree.selectedItems() if i.parent() is None]
        a["remove"].setEnabled(not busy and bool(selected_documents))
        a["preview"].setEnabled(len(self.documents.tree.selectedItems()) == 1)
        a["relocate"].setEnabled(not busy and bool(self.documents.missing_paths()))
        a["compose"].setEnabled(not busy and has_docs)
        a["cancel"].setEnabled(busy)
        a["export"].setEnabled(not busy and has_brief)
        a["print"].setEnabled(not busy and has_brief)
        a["check_all"].setEnabled(has_docs)
        a["uncheck_all"].setEnabled(has_docs)
        selected = bool(self.review.tree.selectedItems())
        path = self.review.current_path() if has_brief and selected else None
        a["edit"].setEnabled(selected and self.review.can_edit())
        a["delete"].setEnabled(path is not None)
        a["toggle_setup"].setEnabled(has_brief or not a["toggle_setup"].isChecked())
        a["move_up"].setEnabled(selected and self.review.can_move(-1))
        a["move_down"].setEnabled(selected and self.review.can_move(+1))

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
        sentence = document.sentences[citation.sentence]
        if sentence.start <= citation.start < sentence.end < citation.end <= len(document.text):
            return document.text[citation.start:citation.end]     # a run of sentences ("… He said …")
        return sentence.text

    def _source_context(self, source: Source, citation: Citation) -> tuple[str, str, str] | None:
        """The cited sentence with the sentences before and after it in its document."""
        document = self.documents.document_for_source(source.path, source.sha256)
        n = citation.sentence
        if document is None or not 0 <= n < len(document.sentences):
            return None
        sentences = document.sentences
        return (sentences[n - 1].text if n > 0 else "", sentences[n].text,
                sentences[n + 1].text if n + 1 < len(sentences) else "")

    # --- compose and export ---------------------------------------------------------------
    def compose(self) -> None:
        documents = self.documents.documents()
        if not documents:
            return
        excluded_documents, excluded_headings = self.documents.excluded()
        worker = ProcessJob("briefing.gui.job_process:compose_job",
                            (documents, self.setup.template(), excluded_documents, excluded_headings,
                             self.setup.options()))
        inputs = self._inputs()
        self._start_job("Composing", worker, lambda brief: self._on_composed(brief, inputs))

    def _on_composed(self, brief: Brief, inputs: tuple | None = None) -> None:
        """Show a new brief; the edits made to the one before are kept where their items survive."""
        old = self.review.brief
        edits = sum(1 for _ in _edited(old)) if old is not None else 0
        carried = carry_edits(old, brief) if edits else 0
        before = (old, self._composed_inputs)
        self.show_composed(brief, inputs)
        if old is not None:         # Ctrl+Z brings back the brief before, its edits and its inputs
            self.undo_stack.push(MadeChange("Compose", lambda shown: self.show_composed(*shown), before, (brief, inputs)))
        said = f"Composed from {len(brief.sources)} documents"
        if edits:
            said += f"; kept {carried} of your {edits} edits" + (
                " (the others' items are no longer in the brief)" if carried < edits else "")
        self.statusBar().showMessage(said, 10000)

    def show_composed(self, brief: Brief, inputs: tuple | None) -> None:
        """Show a composed brief (or, undoing a compose, the one before) as of the inputs it was composed from."""
        self._composed_inputs = inputs
        self.review.show_brief(brief, None)
        self.documents.show_brief_flags(brief.sources)
        self.preview.clear_highlight()        # it showed a citation of the brief before
        self._check_out_of_date()

    # --- pages: the brief as it will print ------------------------------------------------
    def _schedule_pages(self, *_args) -> None:
        """Redraw the pages once the user pauses (edits come in bursts)."""
        if self.review.brief is None:
            self._pages_timer.stop()
            self.printed_pages = None
            self.pages.clear("The pages appear here once a brief is composed.")
            return
        self._pages_timer.start()

    def redraw_pages(self) -> None:
        """Draw the brief's pages in a child process; a change meanwhile draws them again after."""
        brief = self.review.brief
        if brief is None:
            return
        if self._pages_worker is not None:
            self._pages_again = True
            self._pages_worker.cancel()
            return
        self._pages_again = False
        # the brief shown is never changed in place (see review_panel): it goes to the child as it is
        worker = ProcessJob(PAGES_JOB, (brief, self.setup.template(), self.pages.wanted_dpi()), self)
        worker.succeeded.connect(self._pages_drawn)
        worker.failed.connect(lambda message: (self.pages.show_message(f"The pages could not be drawn: {message}"),
                                               self.pages_finished.emit("failed")))
        worker.finished.connect(self._pages_worker_done)
        self._pages_worker = worker
        if self.pages.page_count() == 0:
            self.pages.show_message("Drawing the pages…")
        worker.start()

    def _pages_drawn(self, printed) -> None:
        if self._pages_again:
            return                    # already stale; the next drawing follows
        self.printed_pages = printed
        self.pages.set_pages(printed)
        self._check_out_of_date()
        self._show_page_of_current()
        self.pages_finished.emit("succeeded")

    def _pages_worker_done(self) -> None:
        worker, self._pages_worker = self._pages_worker, None
        if worker is not None:
            worker.deleteLater()
        if self._pages_again:
            self._pages_timer.start()

    def _show_page_of_current(self, *_args) -> None:
        if self.printed_pages is not None:
            self.pages.show_page(self.printed_pages.page_of(self.review.current_place()))

    def print_brief(self, printer: QPrinter | None = None) -> bool:
        """File › Print: the pages as the Pages view shows them, drawn at the printer's resolution."""
        brief = self.review.brief
        if brief is None or self.is_busy():
            return False
        printer = printer or QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(brief.title)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle("Print brief")
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        dpi = min(printer.resolution(), PRINT_DPI)
        worker = ProcessJob(PAGES_JOB, (brief, self.setup.template(), dpi))
        return self._start_job("Preparing the pages to print", worker, lambda printed: self._print(printer, printed))

    def _print(self, printer: QPrinter, printed) -> None:
        if not printed.pages:
            return
        first = printed.pages[0]
        size = QSizeF(first.width * 72 / printed.dpi, first.height * 72 / printed.dpi)
        printer.setPageLayout(QPageLayout(QPageSize(size, QPageSize.Unit.Point, "brief"),
                                          QPageLayout.Orientation.Portrait, QMarginsF()))
        printer.setFullPage(True)
        painter = QPainter()
        if not painter.begin(printer):
            raise BriefingError("the printer could not be started")
        try:
            for index, page in enumerate(printed.pages):
                if index and not printer.newPage():
                    raise BriefingError("the printer stopped after page " + str(index))
                image = QImage(page.rgb, page.width, page.height, page.stride, QImage.Format.Format_RGB888)
                target = QRectF(painter.viewport())
                scale = min(target.width() / page.width, target.height() / page.height)
                painter.drawImage(QRectF(target.x(), target.y(), page.width * scale, page.height * scale), image)
        finally:
            painter.end()
        self.statusBar().showMessage(f"Sent {len(printed.pages)} pages to {printer.printerName() or 'the printer'}"
                                     if not printer.outputFileName() else
                                     f"Printed {len(printed.pages)} pages to {printer.outputFileName()}", 8000)

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
    def load_template_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, "Load template from file", self.settings.folder("template"),
                                              TEMPLATE_FILTER + ";;All files (*)")
        if path:
            self.settings.remember_folder("template", path)
            if self.setup.add_template_file(path):
                self.statusBar().showMessage(f"Using the template in {display_path(path)}", 8000)

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
        self._composed_inputs = None
        self.preview.clear_highlight()
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
        missing = [d.path for d, _ in unavailable]
        self.show_problems(problems)

        def finish() -> None:
            self.documents.apply_choices(project.documents)
            self.review.set_brief(project.brief)
            if project.brief is not None:
                self.documents.show_brief_flags(project.brief.sources)
            self._quiet = False
            # the brief was composed from what the project holds; a document gone since makes it out of date
            self._composed_inputs = self._inputs() if not missing else None
            self._set_dirty(dirty)
            self._update_actions()
            self._check_out_of_date()
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
        try:
            write_autosave(self.project(), self.project_path)
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
        # the work goes back under the file it belongs to, so Save writes there (not beside it)
        self.project_path = Path(project.saved_as) if project.saved_as else None
        if self.project_path is not None:
            self.settings.add_recent_project(self.project_path)
        self.load_project(project, dirty=True)
        return True

    # --- window ---------------------------------------------------------------------------
    def show_help(self, title: str, html: str) -> None:
        """A help page (the guide, the shortcuts) beside the window, not blocking it."""
        dialog = QDialog(self)
        dialog.setObjectName("helpDialog")
        dialog.setWindowTitle(title)
        text = QTextBrowser(dialog)
        text.setHtml(html)
        text.setOpenExternalLinks(False)
        QVBoxLayout(dialog).addWidget(text)
        em = self.fontMetrics().horizontalAdvance("M")
        dialog.resize(em * 40, self.fontMetrics().lineSpacing() * 28)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        self.help_dialog = dialog

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
        # the Problems and Library panes share the bottom as tabs; a saved state says so itself (and
        # tabifying before restoring it leaves the first tab bar behind, shown over the menu bar)
        library = self.findChild(QDockWidget, names.LIBRARY_DOCK)
        if not self.restoreState(self.settings.window_state()) and library is not None:
            self.tabifyDockWidget(self.problems_dock, library)
        if not self.problems.count():
            self.problems_dock.hide()    # left open last time: the problems were that session's
        if not self.splitter.restoreState(self.settings.splitter_state()):
            em = self.fontMetrics().horizontalAdvance("M")
            self.splitter.setSizes([em * 30, em * 22, em * 60])
            self.brief_splitter.setSizes([em * 34, em * 26])

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._ask_save():
            event.ignore()
            return
        if self._worker is not None:
            self._worker.cancel()
            self._worker.wait(5000)
        self._pages_timer.stop()
        if self._pages_worker is not None:
            self._pages_again = False
            self._pages_worker.cancel()
            self._pages_worker.wait(5000)
        self.settings.save_window(self.saveGeometry(), self.saveState(), QByteArray(self.splitter.saveState()))
        self.settings.sync()
        self._autosave_timer.stop()
        clear_autosave()
        event.accept()


def _edited(brief: Brief):
    """Every item of `brief` the user edited."""
    for section in brief.sections:
        for value in (*section.statements, *section.actors, *section.issues, *section.events, *section.quotes,
                      *(s for i in section.issues for s in i.statements),
                      *(s for c in section.items for s in c.statements)):
            if getattr(value, "edited", False):
                yield value
