"""Brief setup: the template, its sections (checkable, reorderable, with limits), cover fields, watch list."""

from __future__ import annotations

import copy
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QSizePolicy,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from briefing.gui import names
from briefing.model import BriefingError, display_path
from briefing.templates import SectionSpec, Template, TemplateInfo, WatchIssue, list_templates, load_template

SPEC_INDEX = Qt.ItemDataRole.UserRole
TEMPLATE_PATH = Qt.ItemDataRole.UserRole
OPTION_FIELDS = ("title", "subtitle", "author", "marking")
NO_LIMIT = 0            # the spin box's "no limit" value
MAX_LIMIT = 200


def watchlist_text(watchlist: list[WatchIssue]) -> str:
    return "\n".join(f"{w.name}: {', '.join(w.terms)}" if w.terms else w.name for w in watchlist)


@dataclass
class SetupState:
    """What a template switch changes, to undo it: the chooser's entry, the template as it came
    from its file, and as set up here (limits, watch list, order, checks)."""

    path: str | None
    pristine: Template
    shown: Template


def limits(template: Template) -> list[tuple[str, str, int | None]]:
    return [(s.kind, s.title, s.max_items) for s in template.sections]


def watched(template: Template) -> list[tuple[str, list[str]]]:
    return [(w.name, list(w.terms)) for w in template.watchlist]


def parse_watchlist(text: str) -> list[WatchIssue]:
    """One issue a line, `Name: term, term`; a line without terms watches for its name."""
    issues = []
    for line in text.splitlines():
        name, _, terms = line.partition(":")
        if name.strip():
            issues.append(WatchIssue(name.strip(), [t.strip() for t in terms.split(",") if t.strip()]))
    return issues


class SetupPanel(QWidget):
    changed = Signal()
    problem = Signal(str)         # a chosen template does not load
    template_switched = Signal(object, object)     # SetupState before and after: one undo step

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(names.SETUP_PANEL)
        self._template = Template("standard")
        self._pristine = self._template          # the chosen template as its file has it
        self._specs: list[SectionSpec] = []
        self._loading = False
        self._files: list[str] = []             # templates loaded from a file elsewhere
        self._chosen = -1                       # the chooser's entry shown now

        self.chooser = QComboBox(self)
        self.chooser.setObjectName(names.TEMPLATE_CHOOSER)
        self.chooser.setToolTip("The template decides the sections, their order and length, and the style")
        self.chooser.currentIndexChanged.connect(self._on_template_chosen)
        self.save_button = QToolButton(self)
        self.save_button.setObjectName(names.SAVE_TEMPLATE_BUTTON)
        self.save_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.description = QLabel(self)
        self.description.setWordWrap(True)
        self.description.setTextFormat(Qt.TextFormat.AutoText)
        template_row = QVBoxLayout()
        template_row.addWidget(self.chooser)
        template_row.addWidget(self.save_button)

        self.sections = QListWidget(self)
        self.sections.setObjectName(names.SECTION_LIST)
        self.sections.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.sections.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.sections.setToolTip("Check the sections to include; drag to reorder")
        self.sections.itemChanged.connect(self._on_section_changed)
        self.sections.currentRowChanged.connect(self._show_limit)
        self.sections.model().rowsMoved.connect(lambda *_: self._emit_changed())
        self.sections.setMinimumHeight(self.fontMetrics().lineSpacing() * 7)
        self.limit = QSpinBox(self)
        self.limit.setObjectName(names.SECTION_LIMIT)
        self.limit.setRange(NO_LIMIT, MAX_LIMIT)
        self.limit.setSpecialValueText("no limit")
        self.limit.setToolTip("Most items the selected section may hold")
        self.limit.valueChanged.connect(self._on_limit_changed)
        limit_row = QHBoxLayout()
        limit_label = QLabel("Items in selected section:", self)
        limit_label.setWordWrap(True)         # on two lines rather than cut off in a narrow pane
        limit_label.setBuddy(self.limit)
        limit_row.addWidget(limit_label, 1)
        limit_row.addWidget(self.limit)

        self.fields: dict[str, QLineEdit] = {}
        form = QFormLayout()
        for key, name, hint in (("title", names.TITLE_FIELD, "from the documents when empty"),
                                ("subtitle", names.SUBTITLE_FIELD, "e.g. Briefing pack"),
                                ("author", names.AUTHOR_FIELD, "shown on the cover"),
                                ("marking", names.MARKING_FIELD, "e.g. UNCLASSIFIED, OFFICIAL, TLP:AMBER")):
            field = QLineEdit(self)
            field.setObjectName(name)
            field.setPlaceholderText(hint)
            field.textEdited.connect(lambda *_: self._emit_changed())
            form.addRow(key.capitalize() + ":", field)
            self.fields[key] = field

        self.watchlist = QPlainTextEdit(self)
        self.watchlist.setObjectName(names.WATCHLIST_FIELD)
        self.watchlist.setPlaceholderText("One issue a line, e.g.\nFishing quotas: quota, catch limits")
        self.watchlist.setToolTip("Issues to watch for: a name, then the words that mark it")
        self.watchlist.textChanged.connect(self._emit_changed)
        self.watchlist.setTabChangesFocus(True)
        self.watchlist.setMinimumHeight(self.fontMetrics().lineSpacing() * 3)

        sections_box = QGroupBox("Sections", self)
        box = QVBoxLayout(sections_box)
        box.addWidget(self.sections, 1)
        box.addLayout(limit_row)
        cover_box = QGroupBox("Cover", self)
        cover_box.setLayout(form)
        watch_box = QGroupBox("Watch list", self)
        QVBoxLayout(watch_box).addWidget(self.watchlist)

        self.compose_button = QToolButton(self)
        self.compose_button.setObjectName(names.COMPOSE_BUTTON)
        self.compose_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.compose_button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel("<b>Template</b>", self))
        layout.addLayout(template_row)
        layout.addWidget(self.description)
        layout.addWidget(sections_box, 3)
        layout.addWidget(cover_box)
        layout.addWidget(watch_box, 1)
        layout.addWidget(self.compose_button)
        self.refresh_templates()

    # --- templates ------------------------------------------------------------------------
    def refresh_templates(self, select: str | None = None) -> None:
        """Fill the chooser from the bundled and the user's templates; keep or set the selection."""
        current = select or self.chooser.currentData(TEMPLATE_PATH)
        self.chooser.blockSignals(True)
        self.chooser.clear()
        infos: list[TemplateInfo] = list_templates()
        for info in infos:
            label = f"{display_path(info.name)} (yours)" if info.origin == "user" else display_path(info.name)
            self.chooser.addItem(label, info.path)
            if info.problem:
                self.chooser.setItemData(self.chooser.count() - 1, info.problem, Qt.ItemDataRole.ToolTipRole)
        for path in self._files:
            if self.chooser.findData(path) < 0:
                self.chooser.addItem(f"{Path(path).stem} (file)", path)
                self.chooser.setItemData(self.chooser.count() - 1, path, Qt.ItemDataRole.ToolTipRole)
        index = self.chooser.findData(current) if current else 0
        self.chooser.setCurrentIndex(max(index, 0))
        self._chosen = self.chooser.currentIndex()
        self.chooser.blockSignals(False)
        if current is None or index < 0 or select:
            self._on_template_chosen(self.chooser.currentIndex(), ask=False)

    def add_template_file(self, path: str) -> bool:
        """Offer a template file from anywhere in the chooser and choose it (it is checked first)."""
        try:
            load_template(path)
        except BriefingError as exc:
            self.problem.emit(str(exc))
            return False
        path = str(Path(path).resolve())
        if path not in self._files:
            self._files.append(path)
        self.refresh_templates()
        self.chooser.setCurrentIndex(self.chooser.findData(path))
        return True

    def state(self) -> SetupState:
        return SetupState(self.chooser.itemData(self._chosen, TEMPLATE_PATH) if self._chosen >= 0 else None,
                          copy.deepcopy(self._pristine), self.template())

    def restore(self, state: SetupState) -> None:
        """Show a setup as it was (undo and redo of a template switch)."""
        index = self.chooser.findData(state.path) if state.path else -1
        self.chooser.blockSignals(True)
        if index >= 0:
            self.chooser.setCurrentIndex(index)
            self._chosen = index
        self.chooser.blockSignals(False)
        self.set_template(copy.deepcopy(state.shown))
        self._pristine = copy.deepcopy(state.pristine)

    def customised(self) -> bool:
        """The user changed section limits or the watch list of the template shown."""
        shown = self.template()
        return limits(shown) != limits(self._pristine) or watched(shown) != watched(self._pristine)

    def _with_user_choices(self, template: Template) -> Template:
        """`template` with the limits the user set on sections of the same kind, and the watch list."""
        shown = self.template()
        mine = {}
        for spec in shown.sections:
            mine.setdefault(spec.kind, spec.max_items)
            mine[(spec.kind, spec.title)] = spec.max_items
        for spec in template.sections:
            key = (spec.kind, spec.title) if (spec.kind, spec.title) in mine else spec.kind
            if key in mine:
                spec.max_items = mine[key]
        template.watchlist = copy.deepcopy(shown.watchlist)
        return template

    def _on_template_chosen(self, index: int, ask: bool = True) -> None:
        path = self.chooser.itemData(index, TEMPLATE_PATH)
        if not path:
            return
        try:
            template = load_template(path)
        except BriefingError as exc:
            # keep the sections shown so far; say what is wrong with the file so it can be fixed
            self.description.setText(f"<span style='color:#b00020'>This template cannot be used: {exc}</span>")
            self.problem.emit(str(exc))
            return
        before = self.state()
        pristine = copy.deepcopy(template)
        if ask and self.customised():
            answer = QMessageBox.question(
                self, "Keep your section limits and watch list?",
                f"You changed section limits or the watch list of “{self._template.name}”.\n\n"
                f"Yes: keep them with “{template.name}”.\nNo: use “{template.name}” as it is.\n"
                "Cancel: stay with the template you had.\n\nEither way Undo brings the last setup back.",
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Yes)
            if answer not in (QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No):
                self.chooser.blockSignals(True)
                self.chooser.setCurrentIndex(self._chosen)
                self.chooser.blockSignals(False)
                return
            if answer == QMessageBox.StandardButton.Yes:
                template = self._with_user_choices(template)
        self._chosen = index
        self.set_template(template)
        self._pristine = pristine
        if ask:
            self.template_switched.emit(before, self.state())

    def set_template(self, template: Template) -> None:
        """Show `template`: its sections, watch list and cover defaults (fields the user typed stay)."""
        self._loading = True
        self._template = template
        self._pristine = copy.deepcopy(template)
        self._specs = [copy.deepcopy(s) for s in template.sections]
        self.description.setText(template.description)
        self.sections.clear()
        for i, spec in enumerate(self._specs):
            item = QListWidgetItem(self._label(spec))
            item.setData(SPEC_INDEX, i)
            item.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled
                          | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled)
            item.setCheckState(Qt.CheckState.Checked if spec.enabled else Qt.CheckState.Unchecked)
            item.setToolTip(f"{spec.kind} section")
            self.sections.addItem(item)
        self.watchlist.setPlainText(watchlist_text(template.watchlist))
        for key in ("subtitle", "author", "marking"):
            if key in template.defaults and not self.fields[key].isModified():
                self.fields[key].setText(str(template.defaults[key]))
        self.sections.setCurrentRow(0)
        self._loading = False
        self._emit_changed()

    def show_template(self, template: Template) -> None:
        """Show a template that came from elsewhere (a project); the chooser names it where it can."""
        self.chooser.blockSignals(True)
        index = next((i for i in range(self.chooser.count())
                      if Path(self.chooser.itemData(i, TEMPLATE_PATH)).stem == template.name), -1)
        if index >= 0:
            self.chooser.setCurrentIndex(index)
            self._chosen = index
        self.chooser.blockSignals(False)
        self.set_template(template)

    def select_template_file(self, path: str) -> bool:
        index = self.chooser.findData(path)
        if index >= 0:
            self.chooser.setCurrentIndex(index)
        return index >= 0

    def template(self) -> Template:
        """The template as set up here: order, checked sections, limits, watch list, cover defaults."""
        specs = []
        for row in range(self.sections.count()):
            item = self.sections.item(row)
            spec = copy.deepcopy(self._specs[item.data(SPEC_INDEX)])
            spec.enabled = item.checkState() == Qt.CheckState.Checked
            specs.append(spec)
        defaults = dict(self._template.defaults)
        for key in ("subtitle", "author", "marking"):
            value = self.fields[key].text().strip()
            if value:
                defaults[key] = value
            else:
                defaults.pop(key, None)
        return Template(name=self._template.name, description=self._template.description,
                        version=self._template.version, sections=specs,
                        watchlist=parse_watchlist(self.watchlist.toPlainText()),
                        figures=copy.deepcopy(self._template.figures), defaults=defaults,
                        style=copy.deepcopy(self._template.style), path=self._template.path)

    # --- cover fields ---------------------------------------------------------------------
    def options(self) -> dict[str, str]:
        return {key: field.text().strip() for key, field in self.fields.items() if field.text().strip()}

    def set_options(self, options: dict[str, str]) -> None:
        for key, field in self.fields.items():
            field.setText(options.get(key, ""))

    # --- sections -------------------------------------------------------------------------
    @staticmethod
    def _label(spec: SectionSpec) -> str:
        return f"{spec.title}  (up to {spec.max_items})" if spec.max_items else spec.title

    def _current_spec(self) -> SectionSpec | None:
        item = self.sections.currentItem()
        return self._specs[item.data(SPEC_INDEX)] if item is not None else None

    def _show_limit(self, row: int) -> None:
        spec = self._current_spec()
        self.limit.blockSignals(True)
        self.limit.setEnabled(spec is not None and spec.kind != "sources")
        self.limit.setValue(spec.max_items or NO_LIMIT if spec else NO_LIMIT)
        self.limit.blockSignals(False)

    def _on_limit_changed(self, value: int) -> None:
        spec = self._current_spec()
        if spec is None:
            return
        spec.max_items = value or None
        self.sections.currentItem().setText(self._label(spec))
        self._emit_changed()

    def _on_section_changed(self, item: QListWidgetItem) -> None:
        self._emit_changed()

    def _emit_changed(self) -> None:
        if not self._loading:
            self.changed.emit()
