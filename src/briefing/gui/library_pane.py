"""The Library pane: search the document library as you type, filter, pick, add to the brief; index folders.

Searching and loading run on a thread of the pane's own (SQLite leaves the interpreter lock while
it works, and each search is a few milliseconds of Python), so the window never waits for them;
indexing a folder runs in a process of its own, with progress and Cancel, like composing. The
documents of the current brief are marked in the results. The file-by-file way stays as it was.
"""

from __future__ import annotations

import json
import logging
import os
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QDate,
    QEvent,
    QMimeData,
    QObject,
    QRect,
    QSize,
    Qt,
    QThreadPool,
    QTimer,
    QUrl,
    Signal,
)
from PySide6.QtGui import QAction, QKeySequence, QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDateEdit,
    QDockWidget,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from briefing.gui import names
from briefing.gui.settings import GuiSettings
from briefing.gui.worker import ProcessJob
from briefing.library import (
    LIBRARY_VARIABLE,
    LibraryEntry,
    LibraryMissing,
    SearchPage,
    SearchQuery,
    library_path,
    open_library,
)
from briefing.model import BriefingError, Document

if TYPE_CHECKING:
    from briefing.gui.main_window import MainWindow

log = logging.getLogger(__name__)

# The search starts once typing pauses this long: a search per key would queue work for words the
# user has not finished; keys come about 100 ms apart when typing briskly, so a word goes as one
# search, and the hits still follow within a blink of the last key.
SEARCH_DELAY_MS = 150
RESULTS_PAGE = 200                 # hits shown at once; the count says how many there are in all
COLUMNS = ("Title", "Date", "Outlet", "Flags", "Passage")
TITLE_COLUMN, DATE_COLUMN, OUTLET_COLUMN, FLAGS_COLUMN, PASSAGE_COLUMN = range(len(COLUMNS))
ENTRY_ID = Qt.ItemDataRole.UserRole
SNIPPET = Qt.ItemDataRole.UserRole + 1
MIME_TYPE = "application/x-briefing-library-entries"
ANY_DATE = QDate(1800, 1, 1)       # the date fields' "Any" (their minimum)


class _Relay(QObject):
    """Carries a worker thread's results to the window's thread (a queued signal)."""

    found = Signal(int, object)            # request number, SearchPage or a message
    loaded = Signal(object, object)        # documents, problems (lines)
    outlets = Signal(object)               # list of outlet names


class SnippetDelegate(QStyledItemDelegate):
    """Draws the passage with the words that matched in bold."""

    def paint(self, painter, option: QStyleOptionViewItem, index) -> None:
        html = index.data(SNIPPET)
        if not html:
            super().paint(painter, option, index)
            return
        self.initStyleOption(option, index)
        style = option.widget.style() if option.widget else QApplication.style()
        option.text = ""
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        document = QTextDocument()
        document.setDefaultFont(option.font)
        document.setDocumentMargin(0)
        document.setHtml(html)
        text_rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, option, option.widget)
        painter.save()
        painter.translate(text_rect.topLeft())
        painter.setClipRect(QRect(0, 0, text_rect.width(), text_rect.height()))
        document.setTextWidth(max(text_rect.width(), 1) * 4)       # one line, cut at the column's edge
        document.drawContents(painter)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index) -> QSize:
        hint = super().sizeHint(option, index)
        return QSize(hint.width(), max(hint.height(), option.fontMetrics.height() + 4))


class ResultsTree(QTreeWidget):
    """The hits; dragging them out carries their library ids (and their files, for other programs)."""

    def __init__(self, pane: LibraryPane) -> None:
        super().__init__(pane)
        self._pane = pane
        self.setDragEnabled(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)

    def mimeData(self, items: list[QTreeWidgetItem]) -> QMimeData:
        data = QMimeData()
        ids = [item.data(TITLE_COLUMN, ENTRY_ID) for item in items]
        data.setData(MIME_TYPE, json.dumps({"library": self._pane.location(), "ids": ids}).encode())
        entries = [self._pane.entry(i) for i in ids]
        data.setUrls([QUrl.fromLocalFile(e.path) for e in entries if e is not None and e.path and not e.missing])
        return data

    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE, "text/uri-list"]


def _html_snippet(entry: LibraryEntry) -> str:
    if entry.snippet is None:
        return ""
    from html import escape
    text, out, at = entry.snippet.text, [], 0
    for start, end in entry.snippet.spans:
        out += [escape(text[at:start]), "<b>", escape(text[start:end]), "</b>"]
        at = end
    out.append(escape(text[at:]))
    return "".join(out)


class LibraryPane(QWidget):
    """Search box, filters, results, and the buttons to add hits to the brief or folders to the library."""

    documents_chosen = Signal(object, object)      # documents, problems (lines): add them to the brief
    message = Signal(str)                          # a line for the status bar
    indexing_started = Signal()
    indexing_finished = Signal(str)                # what indexing did (or why it stopped)

    def __init__(self, settings: GuiSettings, in_brief: Callable[[], set[str]] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(names.LIBRARY_PANE)
        self.settings = settings
        self._in_brief = in_brief or (lambda: set())
        self._entries: dict[int, LibraryEntry] = {}
        self._requested = 0                  # the newest search asked for; older answers are dropped
        self._open: dict[int, tuple[Path, Any]] = {}     # the library each worker thread has open
        self._open_lock = threading.Lock()
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)      # one after another: a newer search skips the ones it overtook
        self._pool.setExpiryTimeout(-1)      # and keeps its thread, with the library open in it
        self._relay = _Relay(self)
        self._relay.found.connect(self._show_page)
        self._relay.loaded.connect(self.documents_chosen)
        self._relay.outlets.connect(self._show_outlets)
        self._indexing: ProcessJob | None = None
        self.last_page: SearchPage | None = None
        self.last_error = ""
        self._path = Path(settings.library_path()) if settings.library_path() else library_path()
        os.environ[LIBRARY_VARIABLE] = str(self._path)     # jobs the window starts use this library too

        self.actions = self._make_actions()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.search_now)
        self._build()
        self._show_location()
        self.refresh()

    # --- construction -----------------------------------------------------------------------
    def _make_actions(self) -> dict[str, QAction]:
        style = self.style()
        specs = {
            "add_to_brief": (names.ACTION_LIBRARY_ADD_TO_BRIEF, "Add to &brief", "Ctrl+Shift+B",
                             QStyle.StandardPixmap.SP_ArrowRight,
                             "Add the selected documents to the brief, as the library holds them"),
            "add_folder": (names.ACTION_LIBRARY_ADD_FOLDER, "Add &folder to library…", None,
                           QStyle.StandardPixmap.SP_DirOpenIcon,
                           "Index a folder and its subfolders into the library (again: only what changed)"),
            "choose": (names.ACTION_LIBRARY_CHOOSE, "&Library file…", None, None,
                       "Use another library file, or start a new one"),
        }
        actions = {}
        for key, (name, text, shortcut, icon, tip) in specs.items():
            action = QAction(text, self)
            action.setObjectName(name)
            action.setToolTip(tip + (f" ({shortcut})" if shortcut else ""))
            action.setStatusTip(tip)
            if shortcut:
                action.setShortcut(QKeySequence(shortcut))
                action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            if icon is not None:
                action.setIcon(style.standardIcon(icon))
            actions[key] = action
        actions["add_to_brief"].triggered.connect(self.add_selected_to_brief)
        actions["add_folder"].triggered.connect(self.choose_folder_to_add)
        actions["choose"].triggered.connect(self.choose_library_file)
        actions["add_to_brief"].setEnabled(False)
        return actions

    def _build(self) -> None:
        em = self.fontMetrics().horizontalAdvance("M")
        self.search_box = QLineEdit(self)
        self.search_box.setObjectName(names.LIBRARY_SEARCH)
        self.search_box.setPlaceholderText('Search the library: words, "a phrase", word*, -leave out')
        self.search_box.setClearButtonEnabled(True)
        self.search_box.textChanged.connect(lambda _: self._timer.start())
        self.search_box.returnPressed.connect(self.search_now)

        self.since = self._date_field(names.LIBRARY_SINCE, "Published on or after this date (Any: no limit)")
        self.until = self._date_field(names.LIBRARY_UNTIL, "Published on or before this date (Any: no limit)")
        self.outlet = QComboBox(self)
        self.outlet.setObjectName(names.LIBRARY_OUTLET)
        self.outlet.addItem("Any outlet", None)
        self.outlet.setMinimumContentsLength(12)
        self.outlet.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.outlet.currentIndexChanged.connect(lambda _: self.search_now())
        filters = QHBoxLayout()
        for label, widget in (("From", self.since), ("to", self.until), (None, self.outlet)):
            if label:
                filters.addWidget(QLabel(label, self))
            filters.addWidget(widget)
        filters.addStretch(1)

        self.results = ResultsTree(self)
        self.results.setObjectName(names.LIBRARY_RESULTS)
        self.results.setColumnCount(len(COLUMNS))
        self.results.setHeaderLabels(list(COLUMNS))
        self.results.setRootIsDecorated(False)
        self.results.setUniformRowHeights(True)
        self.results.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.results.setItemDelegateForColumn(PASSAGE_COLUMN, SnippetDelegate(self.results))
        header = self.results.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.resizeSection(TITLE_COLUMN, 24 * em)
        header.resizeSection(DATE_COLUMN, 7 * em)
        header.resizeSection(OUTLET_COLUMN, 9 * em)
        header.resizeSection(FLAGS_COLUMN, 6 * em)
        header.setStretchLastSection(True)
        self.results.itemSelectionChanged.connect(self._update_actions)
        self.results.itemDoubleClicked.connect(lambda *_: self.add_selected_to_brief())
        self.results.addAction(self.actions["add_to_brief"])
        self.results.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.results.setToolTip("Select documents and Add to brief (or drag them into the documents list).\n"
                                "✓ marks documents already in the brief.")

        self.count_label = QLabel(self)
        self.count_label.setObjectName(names.LIBRARY_COUNT)
        self.count_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.path_label = QLabel(self)
        self.path_label.setObjectName(names.LIBRARY_PATH_LABEL)
        self.progress = QProgressBar(self)
        self.progress.setObjectName(names.LIBRARY_PROGRESS)
        self.progress.setMaximumWidth(14 * em)
        self.progress.hide()
        self.cancel_button = QToolButton(self)
        self.cancel_button.setObjectName(names.LIBRARY_CANCEL_BUTTON)
        self.cancel_button.setText("Cancel")
        self.cancel_button.setToolTip("Stop indexing (what is indexed so far stays)")
        self.cancel_button.clicked.connect(self.cancel_indexing)
        self.cancel_button.hide()

        buttons = QHBoxLayout()
        for key, name in (("add_to_brief", names.LIBRARY_ADD_TO_BRIEF_BUTTON),
                          ("add_folder", names.LIBRARY_ADD_FOLDER_BUTTON), ("choose", names.LIBRARY_CHOOSE_BUTTON)):
            button = QToolButton(self)
            button.setObjectName(name)
            button.setDefaultAction(self.actions[key])
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            buttons.addWidget(button)
        buttons.addWidget(self.progress)
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        buttons.addWidget(self.path_label)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.search_box)
        layout.addLayout(filters)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.count_label)
        layout.addLayout(buttons)

    def _date_field(self, name: str, tip: str) -> QDateEdit:
        field = QDateEdit(self)
        field.setObjectName(name)
        field.setCalendarPopup(True)
        field.setDisplayFormat("yyyy-MM-dd")
        field.setMinimumDate(ANY_DATE)
        field.setSpecialValueText("Any")
        field.setDate(ANY_DATE)
        field.setToolTip(tip)
        field.dateChanged.connect(lambda _: self._timer.start())
        return field

    # --- where the library is ---------------------------------------------------------------
    def location(self) -> str:
        return str(self._path)

    def set_location(self, path: str | Path) -> None:
        """Use the library file at `path` (made when something is added to it), remembered by the window."""
        self._path = Path(path)
        self.settings.set_library_path(str(self._path))
        os.environ[LIBRARY_VARIABLE] = str(self._path)
        self._show_location()
        self.refresh()

    def _show_location(self) -> None:
        self.path_label.setText(f"Library: {self._path.name}")
        self.path_label.setToolTip(str(self._path))

    def choose_library_file(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, "Library file", str(self._path),
                                              "Briefing library (*.sqlite);;All files (*)",
                                              options=QFileDialog.Option.DontConfirmOverwrite)
        if path:
            self.set_location(path)

    # --- searching --------------------------------------------------------------------------
    def query(self) -> SearchQuery:
        since = self.since.date()
        until = self.until.date()
        return SearchQuery(
            self.search_box.text(),
            since=since.toString("yyyy-MM-dd") if since != ANY_DATE else None,
            until=until.toString("yyyy-MM-dd") if until != ANY_DATE else None,
            outlet=self.outlet.currentData(), limit=RESULTS_PAGE, prefix_last=True)

    def refresh(self) -> None:
        """Search again and reload the outlets (the library changed, or is another one)."""
        self._pool.start(self._list_outlets)
        self.search_now()

    def search_now(self) -> None:
        self._timer.stop()
        self._requested += 1
        number, query, path = self._requested, self.query(), self._path
        self._pool.start(lambda: self._search(number, query, path))

    def _library(self, path: Path) -> Any:
        """This worker thread's open library (a connection belongs to the thread that made it)."""
        thread = threading.get_ident()
        with self._open_lock:
            held = self._open.pop(thread, None)
        if held is not None and held[0] == path:
            library = held[1]
        else:
            if held is not None:
                held[1].close()
            library = open_library(path)
        with self._open_lock:
            self._open[thread] = (path, library)
        return library

    def _forget_library(self) -> None:
        with self._open_lock:
            held = self._open.pop(threading.get_ident(), None)
        if held is not None:
            held[1].close()

    def _search(self, number: int, query: SearchQuery, path: Path) -> None:
        if number != self._requested:            # a newer search was asked for: this one is not wanted
            return
        try:
            result: Any = self._library(path).search(query)
        except LibraryMissing:
            result = "No library yet: “Add folder to library…” makes one"
        except BriefingError as exc:
            self._forget_library()
            result = str(exc)
        except Exception as exc:                 # a bug: said in the pane, kept in the log
            log.exception("library search failed")
            result = f"search failed ({type(exc).__name__}: {exc})"
        self._relay.found.emit(number, result)

    def _list_outlets(self) -> None:
        try:
            outlets = self._library(self._path).outlets()
        except BriefingError:
            outlets = []
        self._relay.outlets.emit(outlets)

    def _show_outlets(self, outlets: list[str]) -> None:
        current = self.outlet.currentData()
        self.outlet.blockSignals(True)
        self.outlet.clear()
        self.outlet.addItem("Any outlet", None)
        for outlet in outlets:
            self.outlet.addItem(outlet, outlet)
        index = self.outlet.findData(current) if current else 0
        self.outlet.setCurrentIndex(max(index, 0))
        self.outlet.blockSignals(False)

    def _show_page(self, number: int, result: Any) -> None:
        if number != self._requested:
            return
        self.results.clear()
        self._entries.clear()
        if isinstance(result, str):
            self.last_page, self.last_error = None, result
            self.count_label.setText(result)
            self.count_label.setToolTip(result)
            self._update_actions()
            return
        self.last_page, self.last_error = result, ""
        in_brief = self._in_brief()
        items = []
        for entry in result.entries:
            self._entries[entry.id] = entry
            flags = list(entry.flags) + (["missing"] if entry.missing else [])
            item = QTreeWidgetItem([entry.title, entry.published or "", entry.outlet or "", ", ".join(flags),
                                    entry.snippet.text if entry.snippet else ""])
            item.setData(TITLE_COLUMN, ENTRY_ID, entry.id)
            item.setData(PASSAGE_COLUMN, SNIPPET, _html_snippet(entry))
            item.setToolTip(TITLE_COLUMN, "\n".join((entry.title, *entry.paths)))
            item.setToolTip(PASSAGE_COLUMN, entry.snippet.text if entry.snippet else "")
            if entry.missing:
                item.setToolTip(FLAGS_COLUMN, "The file is gone from disk; the library keeps its text")
            items.append(item)
        self.results.addTopLevelItems(items)
        self.mark_in_brief(in_brief)
        shown = len(result.entries)
        more = f"; the first {shown:,} shown" if result.total > shown else ""
        self.count_label.setText(f"{result.total:,} found in {result.seconds * 1000:.0f} ms{more}")
        self.count_label.setToolTip("")
        self._update_actions()

    def mark_in_brief(self, shas: set[str] | None = None) -> None:
        """Mark (✓, bold) the results that are documents of the current brief."""
        shas = self._in_brief() if shas is None else shas
        check = self.style().standardIcon(QStyle.StandardPixmap.SP_DialogApplyButton)
        for i in range(self.results.topLevelItemCount()):
            item = self.results.topLevelItem(i)
            entry = self._entries.get(item.data(TITLE_COLUMN, ENTRY_ID))
            inside = entry is not None and entry.sha256 in shas
            item.setIcon(TITLE_COLUMN, check if inside else self.style().standardIcon(QStyle.StandardPixmap.SP_FileIcon))
            font = item.font(TITLE_COLUMN)
            font.setBold(inside)
            item.setFont(TITLE_COLUMN, font)
            item.setData(TITLE_COLUMN, Qt.ItemDataRole.AccessibleDescriptionRole, "in the brief" if inside else "")

    def entry(self, entry_id: int) -> LibraryEntry | None:
        return self._entries.get(entry_id)

    def marked_ids(self) -> list[int]:
        """The ids of the results marked as in the brief (for tests and scripts)."""
        return [self.results.topLevelItem(i).data(TITLE_COLUMN, ENTRY_ID)
                for i in range(self.results.topLevelItemCount())
                if self.results.topLevelItem(i).font(TITLE_COLUMN).bold()]

    def _update_actions(self) -> None:
        self.actions["add_to_brief"].setEnabled(bool(self.results.selectedItems()))
        self.actions["add_folder"].setEnabled(self._indexing is None)
        self.actions["choose"].setEnabled(self._indexing is None)

    # --- adding to the brief ----------------------------------------------------------------
    def add_selected_to_brief(self) -> None:
        ids = [item.data(TITLE_COLUMN, ENTRY_ID) for item in self.results.selectedItems()]
        if ids:
            self.add_to_brief(ids, self._path)

    def add_to_brief(self, ids: list[int], path: str | Path | None = None) -> None:
        """Load these library documents (off the window's thread) and hand them to the brief."""
        where = Path(path) if path else self._path
        self.message.emit(f"Adding {len(ids)} document(s) from the library…")

        def load() -> None:
            try:
                result = self._library(where).load(list(ids), analysis=False)
                self._relay.loaded.emit(result.documents, [str(p) for p in result.problems])
            except BriefingError as exc:
                self._relay.loaded.emit([], [str(exc)])
        self._pool.start(load)

    # --- indexing ---------------------------------------------------------------------------
    def choose_folder_to_add(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, "Add a folder to the library", self.settings.folder("documents"))
        if folder:
            self.settings.remember_folder("documents", Path(folder).parent)
            self.add_folders([folder])

    def add_folders(self, folders: list[str]) -> bool:
        """Index folders into the library in a process of its own, with progress and Cancel."""
        if self._indexing is not None:
            self.message.emit("The library is already indexing; wait for it or cancel it")
            return False
        worker = ProcessJob("briefing.services:add_to_library", (list(folders), str(self._path)), self)
        worker.progress.connect(self._on_progress)
        worker.succeeded.connect(self._on_indexed)
        worker.failed.connect(lambda message: self._indexing_done(message))
        worker.cancelled.connect(lambda: self._indexing_done("Indexing cancelled; what was indexed stays"))
        worker.finished.connect(worker.deleteLater)
        self._indexing = worker
        self.progress.setRange(0, 0)
        self.progress.show()
        self.cancel_button.show()
        self.cancel_button.setEnabled(True)
        self._update_actions()
        worker.start()
        self.indexing_started.emit()
        return True

    def is_indexing(self) -> bool:
        return self._indexing is not None

    def cancel_indexing(self) -> None:
        if self._indexing is not None:
            self._indexing.cancel()
            self.cancel_button.setEnabled(False)
            self.count_label.setText("Cancelling…")

    def _on_progress(self, done: int, total: int, message: str) -> None:
        self.progress.setRange(0, max(total, 0))
        self.progress.setValue(done)
        self.progress.setToolTip(message)
        self.count_label.setText(message)

    def _on_indexed(self, report: Any) -> None:
        problems = f"; {len(report.problems):,} could not be read" if report.problems else ""
        self._indexing_done(f"Library: {report.found:,} files, {report.new:,} new, {report.changed:,} changed, "
                            f"{report.unchanged:,} unchanged{problems}")

    def _indexing_done(self, message: str) -> None:
        worker, self._indexing = self._indexing, None
        if worker is not None:
            worker.wait()
        self.progress.hide()
        self.cancel_button.hide()
        self._update_actions()
        self.message.emit(message)
        self.indexing_finished.emit(message)
        self.refresh()

    def shutdown(self) -> None:
        """Stop indexing and wait for the search thread (the window is closing)."""
        self._timer.stop()
        if self._indexing is not None:
            self._indexing.cancel()
            self._indexing.wait(5000)
        self._requested += 1               # a queued search is not wanted any more
        self._pool.waitForDone(5000)


class _DropFromLibrary(QObject):
    """Lets library hits dropped on the documents list be added as the library holds them (not read again)."""

    def __init__(self, pane: LibraryPane, target: QWidget) -> None:
        super().__init__(target)
        self._pane = pane

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove, QEvent.Type.Drop) and \
                event.mimeData().hasFormat(MIME_TYPE):
            event.acceptProposedAction()
            if kind == QEvent.Type.Drop:
                data = json.loads(bytes(event.mimeData().data(MIME_TYPE)).decode())
                self._pane.add_to_brief([int(i) for i in data["ids"]], data["library"])
            return True
        return False


class _CloseWatcher(QObject):
    def __init__(self, pane: LibraryPane, window: QWidget) -> None:
        super().__init__(window)
        self._pane = pane

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Close and event.isAccepted():
            QTimer.singleShot(0, self._after_close)
        return False

    def _after_close(self) -> None:
        window = self.parent()
        if window is not None and not window.isVisible():
            self._pane.shutdown()


def install_library_pane(window: MainWindow) -> LibraryPane:
    """The Library pane as a dock of the main window, with its menu; wired to the documents list."""
    documents = window.documents

    def shas() -> set[str]:
        return {d.sha256 for d in documents.documents()}

    pane = LibraryPane(window.settings, shas, window)
    dock = QDockWidget("Library", window)
    dock.setObjectName(names.LIBRARY_DOCK)
    dock.setWidget(pane)
    window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, dock)
    dock.setVisible(Path(pane.location()).is_file())

    show = dock.toggleViewAction()
    show.setObjectName(names.ACTION_SHOW_LIBRARY)
    show.setText("Show &library")
    show.setShortcut(QKeySequence("Ctrl+L"))
    show.setToolTip("Show or hide the Library pane: search the documents you indexed (Ctrl+L)")
    show.toggled.connect(lambda on: on and (dock.raise_(), pane.search_box.setFocus()))
    menu = window.menuBar().addMenu("&Library")
    menu.setObjectName(names.LIBRARY_MENU)
    menu.addAction(show)
    menu.addSeparator()
    for key in ("add_to_brief", "add_folder", "choose"):
        menu.addAction(pane.actions[key])
    help_menu = next((a for a in window.menuBar().actions() if a.text().replace("&", "") == "Help"), None)
    if help_menu is not None:                     # keep Help last
        window.menuBar().insertMenu(help_menu, menu)

    def chosen(new: list[Document], problems: list[str]) -> None:
        added = documents.add_documents(new)
        window.statusBar().showMessage(f"Added {added} document(s) from the library", 5000)
        if problems:
            window.show_problems(problems)
        pane.mark_in_brief()

    pane.documents_chosen.connect(chosen)
    pane.indexing_started.connect(lambda: (dock.show(), dock.raise_()))
    pane.message.connect(lambda text: window.statusBar().showMessage(text, 8000))
    documents.choices_changed.connect(lambda: pane.mark_in_brief())
    documents.tree.viewport().installEventFilter(_DropFromLibrary(pane, documents.tree))
    window.installEventFilter(_CloseWatcher(pane, window))
    window.library_dock = dock
    # the window's own list of actions: Help lists their shortcuts
    window.actions.update({"show_library": show, **{f"library_{key}": action for key, action in pane.actions.items()}})
    return pane
