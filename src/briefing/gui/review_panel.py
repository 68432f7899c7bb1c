"""Review and edit the composed brief: section by section, items editable, reorder, delete, undo.

Every change is an undo command holding the brief before and after (a snapshot cannot get out of
step with the tree the way hand-written inverse operations can). A brief shown is never changed in
place: each change works on a clone, so snapshots are shared, not copied again.
"""

from __future__ import annotations

import pickle
from collections.abc import Callable

from PySide6.QtCore import QRect, QSize, Qt, Signal
from PySide6.QtGui import QAction, QFont, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from briefing.gui import names
from briefing.gui.item_editor import ContextLookup, ItemEditor, editable
from briefing.model import Brief, BriefingError, Citation, Section, Source, date_source_label, display_path
from briefing.services.editing import ItemPath, container, delete_item, element, move_item, set_statement_text

PATH = Qt.ItemDataRole.UserRole
CITATION = Qt.ItemDataRole.UserRole + 1
SECTION = Qt.ItemDataRole.UserRole + 2      # on a section's row: its index in brief.sections
LISTS = {"summary": "statements", "background": "statements", "outlook": "statements",
         "actors": "actors", "issues": "issues", "timeline": "events", "quotes": "quotes",
         "contradictions": "items"}
EDITED_MARK = "✎"
# Looks up the source sentence a citation points at (None when the document is not loaded).
SentenceLookup = Callable[[Source, Citation], "str | None"]


def clone(brief: Brief) -> Brief:
    """A deep copy, several times faster than copy.deepcopy (a brief of 400 sources: 15 ms, not 100)."""
    return pickle.loads(pickle.dumps(brief, pickle.HIGHEST_PROTOCOL))


def citations_of(value) -> list[Citation]:
    return list(getattr(value, "citations", []) or [])


class WrappingDelegate(QStyledItemDelegate):
    """Rows as tall as their wrapped text: QTreeView sizes rows without knowing the column width."""

    def __init__(self, tree: QTreeWidget) -> None:
        super().__init__(tree)
        self._tree = tree
        # the view asks several times per row while laying out; the answer depends only on these
        self._cache: dict[tuple[str, int, int, bool], QSize] = {}

    def sizeHint(self, option: QStyleOptionViewItem, index) -> QSize:
        text = index.data(Qt.ItemDataRole.DisplayRole) or ""
        depth, parent = 0, index.parent()
        while parent.isValid():
            depth, parent = depth + 1, parent.parent()
        font = index.data(Qt.ItemDataRole.FontRole)
        key = (text, self._tree.columnWidth(index.column()), depth * 2 + index.column(),
               bool(font is not None and font.bold()))
        if key not in self._cache:
            if len(self._cache) > 20_000:
                self._cache.clear()
            self._cache[key] = self._measure(option, index, depth)
        return self._cache[key]

    def _measure(self, option: QStyleOptionViewItem, index, depth: int) -> QSize:
        hint = super().sizeHint(option, index)
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        indent = self._tree.indentation() * (depth + 1) if index.column() == 0 else 0
        width = self._tree.columnWidth(index.column()) - indent - 2 * opt.fontMetrics.horizontalAdvance("M")
        if width <= 0 or not opt.text:
            return hint
        bounds = opt.fontMetrics.boundingRect(QRect(0, 0, width, 100_000), Qt.TextFlag.TextWordWrap, opt.text)
        return QSize(hint.width(), max(hint.height(), bounds.height() + opt.fontMetrics.descent() + 2))


class BriefChange(QUndoCommand):
    def __init__(self, panel: ReviewPanel, text: str, before: Brief, after: Brief,
                 select_before: ItemPath | None, select_after: ItemPath | None) -> None:
        super().__init__(text)
        self._panel, self._before, self._after = panel, before, after
        self._select_before, self._select_after = select_before, select_after

    def redo(self) -> None:
        self._panel.show_change(self._after, self._select_after)

    def undo(self) -> None:
        self._panel.show_change(self._before, self._select_before)


class ReviewPanel(QWidget):
    citation_activated = Signal(str, int)     # source id, sentence index (-1: the whole document)
    brief_changed = Signal()

    recompose_requested = Signal()
    problem = Signal(str)                     # an edit that was refused, in words

    def __init__(self, undo_stack: QUndoStack, actions: dict[str, QAction],
                 lookup: SentenceLookup, context: ContextLookup, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(names.REVIEW_PANEL)
        self.undo_stack = undo_stack
        self.brief: Brief | None = None
        self._lookup = lookup
        self._context = context
        self._rebuilding = False
        self.editor: ItemEditor | None = None

        self.tree = QTreeWidget(self)
        self.tree.setObjectName(names.REVIEW_TREE)
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels(["Brief", "Sources"])
        self.tree.setWordWrap(True)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.tree.setItemDelegate(WrappingDelegate(self.tree))
        self.tree.setUniformRowHeights(False)
        # by pixel: per item, rows of many wrapped lines jump, and "scroll to the selected item" can miss it
        self.tree.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.tree.setAlternatingRowColors(True)
        # edits open the item editor (F2, double-click), which shows the source beside the text
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setMinimumSectionSize(self.fontMetrics().horizontalAdvance("S99 S99"))
        header.resizeSection(1, self.fontMetrics().horizontalAdvance("M") * 6)
        # wrapped rows change height with the column width; the view only asks again on a relayout
        header.sectionResized.connect(lambda *_: self.tree.doItemsLayout())
        self.tree.itemClicked.connect(self._on_item_clicked)
        self.tree.itemDoubleClicked.connect(lambda item, column: self.edit_current())
        self.tree.currentItemChanged.connect(self._show_citations)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        for key in ("edit", "move_up", "move_down", "delete"):
            self.tree.addAction(actions[key])

        self.citations = QListWidget(self)
        self.citations.setObjectName(names.CITATION_LIST)
        self.citations.setWordWrap(True)
        self.citations.setToolTip("Where the selected statement comes from; click to read it in its source")
        self.citations.itemClicked.connect(self._on_citation_clicked)

        buttons = QHBoxLayout()
        for key, name in (("edit", names.EDIT_STATEMENT_BUTTON), ("move_up", names.MOVE_UP_BUTTON),
                          ("move_down", names.MOVE_DOWN_BUTTON), ("delete", names.DELETE_STATEMENT_BUTTON),
                          ("export", names.EXPORT_BUTTON)):
            if key == "export":
                buttons.addStretch(1)
            button = QToolButton(self)
            button.setObjectName(name)
            button.setDefaultAction(actions[key])
            # icons only for the arrows and the bin, so the panel fits beside the others on a laptop
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon if key in ("edit", "export")
                                      else Qt.ToolButtonStyle.ToolButtonIconOnly)
            buttons.addWidget(button)

        self.placeholder = QLabel("Add documents, choose a template and press Compose.\n"
                                  "The brief appears here, section by section, for you to review and edit.", self)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)

        lower = QWidget(self)
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(QLabel("Citations of the selected item:", lower))
        lower_layout.addWidget(self.citations)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.tree)
        split.addWidget(lower)
        split.setStretchFactor(0, 4)
        split.setStretchFactor(1, 1)
        split.setChildrenCollapsible(False)

        self.banner = QFrame(self)
        self.banner.setObjectName(names.OUT_OF_DATE_BANNER)
        self.banner.setFrameShape(QFrame.Shape.StyledPanel)
        self.banner.setStyleSheet("#outOfDateBanner { background: #fff4ce; border: 1px solid #e0b600; }"
                                  " #outOfDateBanner QLabel { color: #3d3000; }")
        self.banner_text = QLabel(self.banner)
        self.banner_text.setWordWrap(True)
        recompose = QPushButton("Recompose", self.banner)
        recompose.setObjectName(names.RECOMPOSE_BUTTON)
        recompose.setToolTip("Compose again from the documents and setup as they are now; "
                             "your edits are kept where their items are still in the brief")
        recompose.clicked.connect(self.recompose_requested)
        banner_row = QHBoxLayout(self.banner)
        banner_row.setContentsMargins(6, 4, 6, 4)
        banner_row.addWidget(self.banner_text, 1)
        banner_row.addWidget(recompose)
        self.banner.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.banner)
        layout.addWidget(self.placeholder)
        layout.addWidget(split, 1)
        self._split = split
        self._split.hide()

    # --- showing --------------------------------------------------------------------------
    def set_brief(self, brief: Brief | None) -> None:
        """A brief opened (a project, a new one): shown from the top, with a fresh undo history; a
        composed one comes through `show_brief`, so that undo can bring back the one before."""
        self.undo_stack.clear()
        self.show_brief(brief, None)

    def set_out_of_date(self, reason: str | None) -> None:
        """Say above the brief that its inputs changed since it was composed (None: it is current)."""
        if reason:
            self.banner_text.setText(f"<b>Out of date:</b> {reason} changed since this brief was composed.")
        self.banner.setVisible(bool(reason) and self.brief is not None)

    def is_out_of_date(self) -> bool:
        return not self.banner.isHidden()

    def show_brief(self, brief: Brief | None, select: ItemPath | None) -> None:
        self.brief = brief
        self._rebuilding = True
        collapsed = self._collapsed_sections()
        self.tree.setUpdatesEnabled(False)
        self.tree.clear()
        self.citations.clear()        # they named sources of the brief shown before
        if brief is not None:
            for s, section in enumerate(brief.sections):
                self.tree.addTopLevelItem(self._section_item(brief, s, section))
            self.tree.expandAll()
            for i in collapsed:
                self.tree.topLevelItem(i).setExpanded(False)
        self.tree.setUpdatesEnabled(True)
        self._rebuilding = False
        self.placeholder.setVisible(brief is None)
        self._split.setVisible(brief is not None)
        if select is not None:
            item = self.item_at(select)
            if item is not None:
                self.tree.setCurrentItem(item)
                self.tree.scrollToItem(item)
        self.brief_changed.emit()

    def show_change(self, brief: Brief, select: ItemPath | None) -> None:
        """Show an edit of the brief shown (or its undoing): only the sections it changed are
        drawn again. Redrawing all of them, with the source sentences of every tooltip, made each
        edit of a brief of 400 sources stall the window for about 50 ms."""
        shown = self.brief
        if (shown is None or shown.sources != brief.sources or self.tree.topLevelItemCount() != len(brief.sections)
                or [(s.kind, s.title) for s in shown.sections] != [(s.kind, s.title) for s in brief.sections]):
            self.show_brief(brief, select)
            return
        self.brief = brief
        self._rebuilding = True
        current = self.current_path()
        self.tree.setUpdatesEnabled(False)
        for s, (old, new) in enumerate(zip(shown.sections, brief.sections, strict=True)):
            if old == new:
                continue
            expanded = self.tree.topLevelItem(s).isExpanded()
            self.tree.takeTopLevelItem(s)
            item = self._section_item(brief, s, new)
            self.tree.insertTopLevelItem(s, item)
            for i in range(item.childCount()):
                item.child(i).setExpanded(True)
            item.setExpanded(expanded)
        self.tree.setUpdatesEnabled(True)
        self._rebuilding = False
        target = select if select is not None else current
        item = self.item_at(target) if target is not None else None
        if item is not None:
            self.tree.setCurrentItem(item)
            self.tree.scrollToItem(item)
        else:
            self._show_citations(self.tree.currentItem())   # they may name what the change removed
        self.brief_changed.emit()

    def _collapsed_sections(self) -> set[int]:
        return {i for i in range(self.tree.topLevelItemCount()) if not self.tree.topLevelItem(i).isExpanded()}

    def _section_item(self, brief: Brief, s: int, section: Section) -> QTreeWidgetItem:
        item = QTreeWidgetItem([section.title, ""])
        item.setData(0, SECTION, s)
        font = QFont(item.font(0))
        font.setBold(True)
        item.setFont(0, font)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        attr = LISTS.get(section.kind)
        if section.kind == "sources":
            for source in brief.sources:
                dated = f"{source.published} ({date_source_label(source.date_source)})" \
                    if source.published and source.date_source else source.published
                details = ", ".join(x for x in (source.outlet, dated) if x)
                text = f"{source.id}. {source.title}" + (f" — {details}" if details else "")
                if source.flags:
                    text += f" — {', '.join(source.flags)}"
                child = QTreeWidgetItem([text, source.id])
                child.setData(0, CITATION, (source.id, -1))
                child.setToolTip(0, display_path(source.path))
                child.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                item.addChild(child)
        elif attr:
            for i, value in enumerate(getattr(section, attr)):
                child = self._value_item(brief, (s, attr, i), value)
                item.addChild(child)
                for j, statement in enumerate(getattr(value, "statements", []) if attr in ("issues", "items") else []):
                    child.addChild(self._value_item(brief, (s, attr, i, "statements", j), statement))
        if item.childCount() == 0:
            empty = QTreeWidgetItem(["(nothing found for this section)", ""])
            empty.setFlags(Qt.ItemFlag.ItemIsEnabled)
            empty.setForeground(0, self.palette().placeholderText())
            item.addChild(empty)
        return item

    def _value_item(self, brief: Brief, path: ItemPath, value) -> QTreeWidgetItem:
        kind = path[1] if len(path) == 3 else "statements"
        if kind == "actors":
            role = value.role_phrase()
            text = f"{value.name} — {role}" if role else value.name
            text += f"  ({value.kind}, {len(value.sources)} sources)"
        elif kind == "issues":
            text = value.name + ("  (watched)" if value.origin == "template" else "")
        elif kind == "events":
            text = f"{value.date}: {value.text}"
        elif kind == "quotes":
            text = f"“{value.text}” — {value.speaker}"
        elif kind == "items":
            text = value.topic
        else:
            text = value.text
        cited = citations_of(value)
        edited = bool(getattr(value, "edited", False))
        if edited:
            text += f"  {EDITED_MARK}"
        item = QTreeWidgetItem([text, " ".join(dict.fromkeys(c.source for c in cited))])
        item.setData(0, PATH, path)
        item.setData(0, SECTION, path[0])
        item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        if edited:
            font = QFont(item.font(0))
            font.setItalic(True)
            item.setFont(0, font)
        tip = self._citation_tooltip(brief, cited)
        if edited:
            tip = f"{EDITED_MARK} Edited by you; the citation is kept.\n\n" + tip
        item.setToolTip(0, tip)
        item.setToolTip(1, tip)
        return item

    def _citation_tooltip(self, brief: Brief, cited: list[Citation]) -> str:
        lines = []
        for citation in cited:
            source = brief.source(citation.source)
            title = source.title if source else "unknown source"
            sentence = self._lookup(source, citation) if source else None
            lines.append(f"[{citation.source}] {title}\n“{sentence}”" if sentence
                         else f"[{citation.source}] {title} (document not loaded)")
        return "\n\n".join(lines)

    def item_at(self, path: ItemPath) -> QTreeWidgetItem | None:
        found = [None]

        def walk(item: QTreeWidgetItem) -> None:
            if item.data(0, PATH) == path:
                found[0] = item
            for i in range(item.childCount()):
                walk(item.child(i))
        section = path[0] if path and isinstance(path[0], int) else None
        if section is not None and 0 <= section < self.tree.topLevelItemCount():
            walk(self.tree.topLevelItem(section))         # an item's path starts with its section
        else:
            for i in range(self.tree.topLevelItemCount()):
                walk(self.tree.topLevelItem(i))
        return found[0]

    def current_path(self) -> ItemPath | None:
        item = self.tree.currentItem()
        return item.data(0, PATH) if item is not None else None

    def current_place(self) -> ItemPath | None:
        """The selected item's path, or (section,) for a section's own row or a source in the list."""
        item = self.tree.currentItem()
        if item is None:
            return None
        path = item.data(0, PATH)
        if path is not None:
            return tuple(path)
        section = item.data(0, SECTION)
        if section is None and item.parent() is not None:
            section = item.parent().data(0, SECTION)
        return (section,) if section is not None else None

    def refresh_tooltips(self) -> None:
        """Documents arrived after the brief (a project opening): show the source sentences now."""
        if self.brief is not None:
            self.show_brief(self.brief, self.current_path())

    # --- editing --------------------------------------------------------------------------
    def _change(self, text: str, mutate: Callable[[Brief], object], select_after: ItemPath | None) -> None:
        """`mutate` a copy of the brief (a services.editing function) and push it as one undo step;
        a BriefingError from it leaves brief and history as they were."""
        before = self.brief
        after = clone(self.brief)
        mutate(after)
        self.undo_stack.push(BriefChange(self, text, before, after, self.current_path(), select_after))

    def can_edit(self) -> bool:
        path = self.current_path()
        return self.brief is not None and path is not None and editable(element(self.brief, path))

    def can_move(self, step: int) -> bool:
        path = self.current_path()
        return self.brief is not None and path is not None and 0 <= path[-1] + step < len(container(self.brief, path))

    def edit_current(self) -> None:
        """Open the editor for the selected item; its change is one undo step."""
        path = self.current_path()
        if not self.can_edit() or self.editor is not None:
            return
        self.editor = ItemEditor(self.brief, path, self._context, self)
        self.editor.finished.connect(lambda _result, p=path: self._editor_closed(p))
        self.editor.open()

    def _editor_closed(self, path: ItemPath) -> None:
        editor, self.editor = self.editor, None
        if editor is None:
            return
        editor.deleteLater()
        if editor.edited is not None:
            self.undo_stack.push(BriefChange(self, editor.windowTitle(), self.brief,
                                             editor.edited, path, editor.path_after))

    def set_statement_text(self, path: ItemPath, text: str) -> bool:
        """Replace a statement's text (marked edited; its citations stay), as one undo step.
        An empty text is refused: the brief and the screen keep the statement as it was."""
        try:
            self._change("Edit statement", lambda brief: set_statement_text(brief, path, text), path)
        except BriefingError as exc:
            self.problem.emit(str(exc))
            return False
        return True

    def delete_current(self) -> None:
        path = self.current_path()
        if self.brief is None or path is None:
            return
        remaining = len(container(self.brief, path)) - 1
        after = path if path[-1] < remaining else (path[:-1] + (path[-1] - 1,) if remaining else None)
        self._change("Delete item", lambda b: delete_item(b, path), after)

    def move_current(self, step: int) -> None:
        path = self.current_path()
        if not self.can_move(step):
            return
        target = path[:-1] + (path[-1] + step,)
        self._change("Move up" if step < 0 else "Move down", lambda b: move_item(b, path, step), target)

    # --- citations ------------------------------------------------------------------------
    def _show_citations(self, item: QTreeWidgetItem | None, _previous=None) -> None:
        self.citations.clear()
        if item is None or self.brief is None:
            return
        path = item.data(0, PATH)
        pairs: list[tuple[str, int]] = []
        if path is not None:
            pairs = [(c.source, c.sentence) for c in citations_of(element(self.brief, path))]
        elif item.data(0, CITATION):
            pairs = [tuple(item.data(0, CITATION))]
        for source_id, sentence in pairs:
            source = self.brief.source(source_id)
            citation = next((c for c in citations_of(element(self.brief, path)) if c.source == source_id
                             and c.sentence == sentence), None) if path is not None else None
            text = self._lookup(source, citation) if source and citation else None
            title = source.title if source else source_id
            where = f"sentence {sentence + 1}" if sentence >= 0 else "whole document"
            entry = QListWidgetItem(f"[{source_id}] {title}, {where}" + (f": “{text}”" if text else ""))
            entry.setData(CITATION, (source_id, sentence))
            entry.setToolTip(text or (source.path if source else ""))
            self.citations.addItem(entry)

    def _on_citation_clicked(self, entry: QListWidgetItem) -> None:
        source_id, sentence = entry.data(CITATION)
        self.citation_activated.emit(source_id, sentence)

    def _on_item_clicked(self, item: QTreeWidgetItem, column: int) -> None:
        """A click on the Sources column (or on a source) opens the first cited source there."""
        if item.data(0, CITATION):
            source_id, sentence = item.data(0, CITATION)
            self.citation_activated.emit(source_id, sentence)
            return
        path = item.data(0, PATH)
        if column == 1 and path is not None and self.brief is not None:
            cited = citations_of(element(self.brief, path))
            if cited:
                self.citation_activated.emit(cited[0].source, cited[0].sentence)
