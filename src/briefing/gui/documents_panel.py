"""The documents the user added: check or uncheck each one and each of its headings, filter, drop files."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QStyle,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from briefing.gui import names
from briefing.library import DocumentChoice
from briefing.model import Document, date_source_label, display_name, display_path
from briefing.model.document import FILE_DATE_SOURCES

if TYPE_CHECKING:
    from briefing.services import Selection

COLUMNS = ("Title", "Date", "Outlet", "Dated by", "Words", "Flags")
TITLE_COLUMN, DATE_COLUMN, OUTLET_COLUMN, DATED_BY_COLUMN, WORDS_COLUMN, FLAGS_COLUMN = range(len(COLUMNS))
# Starting widths in em (the user resizes any column): the title gets most, the others what their
# usual contents need; the columns right of the title scroll into view on a narrow screen.
COLUMN_WIDTHS_EM = {TITLE_COLUMN: 18, DATE_COLUMN: 6.5, OUTLET_COLUMN: 8, DATED_BY_COLUMN: 8, WORDS_COLUMN: 4.5}
LONGEST_DATE = "2000-12-28"          # the widest a document's date prints (ISO, day precision)
DOC_ID = Qt.ItemDataRole.UserRole
HEADING_TITLE = Qt.ItemDataRole.UserRole + 1
MISSING_PATH = Qt.ItemDataRole.UserRole + 2     # on the row of a document the project names but cannot read
CHECKABLE = Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


def _checked(item: QTreeWidgetItem) -> bool:
    return item.checkState(0) == Qt.CheckState.Checked


def _state(on: bool) -> Qt.CheckState:
    return Qt.CheckState.Checked if on else Qt.CheckState.Unchecked


class DocumentTree(QTreeWidget):
    """The tree accepts files and folders dropped from a file manager."""

    paths_dropped = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAcceptDrops(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DropOnly)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()
        else:
            super().dragEnterEvent(event)

    def dragMoveEvent(self, event) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()
        else:
            super().dragMoveEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.paths_dropped.emit(paths)
        else:
            super().dropEvent(event)


class DocumentsPanel(QWidget):
    """Holds the read documents in the order added; `selection()` says what the user left out."""

    paths_dropped = Signal(list)
    choices_changed = Signal()
    preview_requested = Signal(str)      # document id
    relocate_requested = Signal(str)     # the path of a missing document (double-clicked)

    def __init__(self, add_files: QAction, add_folder: QAction, remove: QAction,
                 check_all: QAction | None = None, uncheck_all: QAction | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(names.DOCUMENTS_PANEL)
        self._documents: dict[str, Document] = {}
        self._items: dict[str, QTreeWidgetItem] = {}
        self._by_sha: dict[str, Document] = {}
        # documents a project names that cannot be read where it says: kept, shown, relocatable
        self._missing: dict[str, tuple[DocumentChoice, QTreeWidgetItem]] = {}
        self._brief_flags: dict[str, list[str]] = {}     # by document content: as the brief lists them

        buttons = QHBoxLayout()
        for action, name in ((add_files, names.ADD_FILES_BUTTON), (add_folder, names.ADD_FOLDER_BUTTON),
                             (remove, names.REMOVE_DOCUMENTS_BUTTON)):
            button = QToolButton(self)
            button.setObjectName(name)
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon if action is add_files
                                      else Qt.ToolButtonStyle.ToolButtonIconOnly)
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.count_label = QLabel(self)
        self.count_label.setObjectName(names.DOCUMENT_COUNT)

        self.filter = QLineEdit(self)
        self.filter.setObjectName(names.DOCUMENT_FILTER)
        self.filter.setPlaceholderText("Filter by title, outlet, flag or file name")
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self._apply_filter)

        self.tree = DocumentTree(self)
        self.tree.setObjectName(names.DOCUMENT_TREE)
        self.tree.setColumnCount(len(COLUMNS))
        self.tree.setHeaderLabels(list(COLUMNS))
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.tree.setUniformRowHeights(True)
        self.tree.setSortingEnabled(True)
        self.tree.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        header = self.tree.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setSectionsMovable(False)
        em = self.fontMetrics().horizontalAdvance("M")
        for column, width in COLUMN_WIDTHS_EM.items():
            header.resizeSection(column, round(width * em))
        # a date is read whole or not at all ('2024-1…' says nothing): its column fits one, with
        # the cell's margins
        date_width = self.tree.fontMetrics().horizontalAdvance(LONGEST_DATE) + em
        header.resizeSection(DATE_COLUMN, max(header.sectionSize(DATE_COLUMN), date_width))
        self.tree.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.tree.addAction(remove)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.tree.itemChanged.connect(self._on_item_changed)
        self.tree.itemActivated.connect(self._on_double_click)        # double-click or Enter
        self.tree.paths_dropped.connect(self.paths_dropped)
        self.tree.setToolTip("Uncheck a document or one of its sections to leave it out of the brief.\n"
                            "Drop files or folders here to add them. Double-click to preview.")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        checks = QHBoxLayout()
        for action, name in ((check_all, names.CHECK_ALL_BUTTON), (uncheck_all, names.UNCHECK_ALL_BUTTON)):
            if action is not None:
                button = QToolButton(self)
                button.setObjectName(name)
                button.setDefaultAction(action)
                checks.addWidget(button)
        checks.addStretch(1)
        checks.addWidget(self.count_label)
        layout.addLayout(buttons)
        layout.addWidget(self.filter)
        layout.addLayout(checks)
        layout.addWidget(self.tree, 1)
        self._by_sha.clear()
        self._update_count()

    # --- contents -------------------------------------------------------------------------
    def documents(self) -> list[Document]:
        return list(self._documents.values())

    def document(self, doc_id: str) -> Document | None:
        return self._documents.get(doc_id)

    def document_at_path(self, path: str) -> Document | None:
        wanted = os.path.abspath(path)
        return next((d for d in self._documents.values() if os.path.abspath(d.path) == wanted), None)

    def document_for_source(self, path: str, sha256: str) -> Document | None:
        """The loaded document a brief's source stands for: same content, else same path."""
        if not self._by_sha:
            self._by_sha = {d.sha256: d for d in self._documents.values()}
        return self._by_sha.get(sha256) or self.document_at_path(path)

    def item(self, doc_id: str) -> QTreeWidgetItem | None:
        return self._items.get(doc_id)

    def add_documents(self, documents: list[Document]) -> int:
        """Add documents not already here (same content counts as the same); returns how many were new."""
        new = [d for d in documents if d.id not in self._documents]
        self.tree.blockSignals(True)
        self.tree.setSortingEnabled(False)
        items = []
        for document in new:
            self._documents[document.id] = document
            item = self._make_item(document)
            self._items[document.id] = item
            items.append(item)
        self.tree.addTopLevelItems(items)
        self.tree.setSortingEnabled(True)
        self.tree.blockSignals(False)
        self._apply_filter(self.filter.text())
        self._by_sha.clear()
        self._update_count()
        if new:
            self.choices_changed.emit()
        return len(new)

    def _make_item(self, document: Document) -> QTreeWidgetItem:
        origin = date_source_label(document.date_source) if document.published else ""
        item = QTreeWidgetItem([document.title, document.published or "", document.outlet or "", origin, "",
                                ", ".join(document.flags)])
        item.setData(WORDS_COLUMN, Qt.ItemDataRole.DisplayRole, document.words)
        item.setData(TITLE_COLUMN, DOC_ID, document.id)
        item.setFlags(CHECKABLE)
        item.setCheckState(TITLE_COLUMN, Qt.CheckState.Checked)
        item.setToolTip(TITLE_COLUMN, "\n".join(x for x in (document.title, display_path(document.path),
                                                            f"By {document.author}" if document.author else "",
                                                            document.url or "") if x))
        if document.published:
            where = ("the file's properties: when the file was made; its text states no date"
                     if document.date_source in FILE_DATE_SOURCES else f"the document's {origin}")
            tip = f"Published {document.published}, as given by {where}. Relative dates in it (“on Friday”) count from it."
            item.setToolTip(DATE_COLUMN, tip)
            item.setToolTip(DATED_BY_COLUMN, tip)
            if document.date_source in FILE_DATE_SOURCES:
                for column in (DATE_COLUMN, DATED_BY_COLUMN):
                    item.setForeground(column, self.palette().placeholderText())
        else:
            item.setToolTip(DATE_COLUMN, "The document states no date")
        self._show_flags(item, document)
        for heading in document.headings:
            child = QTreeWidgetItem(["  " * (heading.level - 1) + heading.title])
            child.setData(0, DOC_ID, document.id)
            child.setData(0, HEADING_TITLE, heading.title)
            child.setFlags(CHECKABLE)
            child.setCheckState(0, Qt.CheckState.Checked)
            child.setToolTip(0, f"Section “{heading.title}” of this document; uncheck to leave it out")
            item.addChild(child)
        return item

    def _show_flags(self, item: QTreeWidgetItem, document: Document) -> None:
        """The document's quality flags: as the last brief listed them for it, else as the reader found."""
        composed = self._brief_flags.get(document.sha256)
        flags = composed if composed is not None else list(document.flags)
        item.setText(FLAGS_COLUMN, ", ".join(flags))
        item.setToolTip(FLAGS_COLUMN, ("Quality problems found in composing the brief: " if composed is not None
                                       else "Quality problems the reader noticed: ") + ", ".join(flags)
                        if flags else "")

    def show_brief_flags(self, sources: list) -> None:
        """Show each document's flags as the brief's source list has them (reading and composing both
        flag documents; the list and the brief must not disagree)."""
        self._brief_flags = {s.sha256: list(s.flags) for s in sources if s.sha256}
        self.tree.blockSignals(True)
        for doc_id, item in self._items.items():
            self._show_flags(item, self._documents[doc_id])
        self.tree.blockSignals(False)

    def set_all_included(self, included: bool) -> None:
        """Check or uncheck every document (and, checking, every section)."""
        self.tree.blockSignals(True)
        for item in self._items.values():
            item.setCheckState(0, _state(included))
            if included:
                for i in range(item.childCount()):
                    item.child(i).setCheckState(0, Qt.CheckState.Checked)
            self._grey(item)
        self.tree.blockSignals(False)
        self._update_count()
        self.choices_changed.emit()

    def _grey(self, item: QTreeWidgetItem) -> None:
        """An unchecked document or section is drawn greyed, as it is left out of the brief."""
        brush = self.palette().placeholderText() if not _checked(item) else self.palette().text()
        for column in range(len(COLUMNS)):
            if item.parent() is None and column in (DATE_COLUMN, DATED_BY_COLUMN) and _checked(item):
                document = self._documents.get(item.data(0, DOC_ID))
                if document is not None and document.date_source in FILE_DATE_SOURCES:
                    continue        # a file's own date stays muted (see _make_item)
            item.setForeground(column, brush)
        for i in range(item.childCount()):
            child = item.child(i)
            on = _checked(item) and _checked(child)
            child.setForeground(0, self.palette().placeholderText() if not on else self.palette().text())

    def remove_selected(self) -> int:
        doomed = {item.data(0, DOC_ID) for item in self.tree.selectedItems()} - {None}
        gone = {item.data(0, MISSING_PATH) for item in self.tree.selectedItems()} - {None}
        for doc_id in doomed:
            item = self._items.pop(doc_id, None)
            self._documents.pop(doc_id, None)
            if item is not None:
                self.tree.takeTopLevelItem(self.tree.indexOfTopLevelItem(item))
        for path in gone:
            self._drop_missing(path)
        self._by_sha.clear()
        self._update_count()
        if doomed or gone:
            self.choices_changed.emit()
        return len(doomed) + len(gone)

    def clear(self) -> None:
        self._documents.clear()
        self._items.clear()
        self._missing.clear()
        self.tree.clear()
        self._by_sha.clear()
        self._brief_flags.clear()
        self._update_count()

    # --- documents a project names that are not where it says -----------------------------
    def add_missing(self, missing: list[tuple[DocumentChoice, str]]) -> None:
        """Show documents that cannot be read (choice, why): greyed, kept in `choices()`, relocatable."""
        self.tree.blockSignals(True)
        self.tree.setSortingEnabled(False)
        for choice, problem in missing:
            if choice.path in self._missing:
                continue
            item = QTreeWidgetItem([display_name(choice.path), "", "", "", "", "missing"])
            item.setData(TITLE_COLUMN, MISSING_PATH, choice.path)
            item.setIcon(TITLE_COLUMN, self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning))
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            font = item.font(TITLE_COLUMN)
            font.setItalic(True)
            for column in range(len(COLUMNS)):
                item.setFont(column, font)
                item.setForeground(column, self.palette().placeholderText())
                item.setToolTip(column, f"{display_path(choice.path)}\n{problem}\n"
                                        "Double-click (or Documents → Locate missing document…) to say where it is now.")
            self._missing[choice.path] = (choice, item)
            self.tree.addTopLevelItem(item)
        self.tree.setSortingEnabled(True)
        self.tree.blockSignals(False)
        self._update_count()

    def missing_paths(self) -> list[str]:
        return list(self._missing)

    def missing_choice(self, path: str) -> DocumentChoice | None:
        entry = self._missing.get(path)
        return entry[0] if entry else None

    def selected_missing_path(self) -> str | None:
        """The missing document selected (or current), else the first one missing, else None."""
        for item in [self.tree.currentItem(), *self.tree.selectedItems()]:
            if item is not None and item.data(0, MISSING_PATH):
                return item.data(0, MISSING_PATH)
        return next(iter(self._missing), None)

    def resolve_missing(self, old_path: str, document: Document | None) -> None:
        """A missing document was found (read as `document`): its row goes, its choices move over."""
        entry = self._missing.get(old_path)
        if entry is None:
            return
        self._drop_missing(old_path)
        if document is not None and document.id in self._items:
            choice = entry[0]
            self.tree.blockSignals(True)
            self.set_document_included(document.id, choice.included)
            for title in choice.excluded_headings:
                self.set_heading_included(document.id, title, False)
            self.tree.blockSignals(False)
        self._update_count()
        self.choices_changed.emit()

    def _drop_missing(self, path: str) -> None:
        entry = self._missing.pop(path, None)
        if entry is not None:
            self.tree.takeTopLevelItem(self.tree.indexOfTopLevelItem(entry[1]))

    # --- choices --------------------------------------------------------------------------
    def set_document_included(self, doc_id: str, included: bool) -> None:
        self._items[doc_id].setCheckState(0, _state(included))

    def set_heading_included(self, doc_id: str, title: str, included: bool) -> None:
        item = self._items[doc_id]
        for i in range(item.childCount()):
            if item.child(i).data(0, HEADING_TITLE) == title:
                item.child(i).setCheckState(0, _state(included))

    def selection(self) -> Selection:
        """The choices as services.Selection (for scripts and tests; the window sends `excluded()`)."""
        from briefing.services import Selection
        excluded_documents, excluded_headings = self.excluded()
        return Selection(excluded_documents=excluded_documents, excluded_headings=excluded_headings)

    def excluded(self) -> tuple[set[str], dict[str, set[str]]]:
        """Ids of the unchecked documents, and the unchecked headings' titles by document id."""
        excluded_documents = {doc_id for doc_id, item in self._items.items() if not _checked(item)}
        excluded_headings: dict[str, set[str]] = {}
        for doc_id, item in self._items.items():
            out = {item.child(i).data(0, HEADING_TITLE) for i in range(item.childCount())
                   if not _checked(item.child(i))}
            if out:
                excluded_headings[doc_id] = out
        return excluded_documents, excluded_headings

    def choices(self) -> list[DocumentChoice]:
        excluded_documents, excluded_headings = self.excluded()
        return [DocumentChoice(d.path, d.id not in excluded_documents, sorted(excluded_headings.get(d.id, set())))
                for d in self._documents.values()] + [choice for choice, _ in self._missing.values()]

    def apply_choices(self, choices: list[DocumentChoice]) -> None:
        self.tree.blockSignals(True)
        for choice in choices:
            document = self.document_at_path(choice.path)
            if document is None:
                continue
            self.set_document_included(document.id, choice.included)
            for title in choice.excluded_headings:
                self.set_heading_included(document.id, title, False)
            self._grey(self._items[document.id])
        self.tree.blockSignals(False)
        self._by_sha.clear()
        self._update_count()

    # --- view -----------------------------------------------------------------------------
    def current_document_id(self) -> str | None:
        item = self.tree.currentItem()
        return item.data(0, DOC_ID) if item is not None else None

    def _apply_filter(self, text: str) -> None:
        needle = text.strip().lower()
        for path, (_, item) in self._missing.items():
            item.setHidden(bool(needle) and needle not in f"{display_name(path)} missing".lower())
        for doc_id, item in self._items.items():
            document = self._documents[doc_id]
            haystack = " ".join([document.title, document.outlet or "", document.published or "",
                                 document.author or "", date_source_label(document.date_source),
                                 display_name(document.path), *document.flags,
                                 *(h.title for h in document.headings)]).lower()
            item.setHidden(bool(needle) and needle not in haystack)

    def _update_count(self) -> None:
        used = sum(1 for item in self._items.values() if _checked(item))
        text = f"{used} of {len(self._items)} used" if self._items else "No documents"
        self.count_label.setText(text + (f", {len(self._missing)} missing" if self._missing else ""))

    def _on_item_changed(self, item: QTreeWidgetItem, column: int) -> None:
        if column == 0:
            self.tree.blockSignals(True)
            self._grey(item.parent() or item)
            self.tree.blockSignals(False)
            self._update_count()
            self.choices_changed.emit()

    def _on_double_click(self, item: QTreeWidgetItem, column: int) -> None:
        if item.data(0, MISSING_PATH):
            self.relocate_requested.emit(item.data(0, MISSING_PATH))
        elif item.data(0, DOC_ID):
            self.preview_requested.emit(item.data(0, DOC_ID))
