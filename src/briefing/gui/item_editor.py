"""The editor for one item of the brief: a statement's text (several lines, beside the source
sentence it was based on and its neighbours), a timeline date, an actor's name, role and
affiliation, a quote's speaker, an issue's name. The change itself is a services.editing function.
"""

from __future__ import annotations

import pickle
from collections.abc import Callable
from html import escape

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from briefing.gui import names
from briefing.model import Actor, Brief, BriefingError, Citation, Event, Issue, Quote, Source, Statement
from briefing.services.editing import (
    ItemPath,
    element,
    set_actor,
    set_event_date,
    set_issue_name,
    set_quote_speaker,
    set_statement_text,
)

# The sentence a citation points at, with the one before and after it in its source (None: not loaded)
ContextLookup = Callable[[Source, Citation], "tuple[str, str, str] | None"]
EDITABLE = (Statement, Event, Actor, Quote, Issue)
CONTEXT_CITATIONS = 3        # sources shown beside a statement cited by many
TITLES = {Statement: "Edit statement", Event: "Edit timeline date", Actor: "Edit actor",
          Quote: "Edit quote speaker", Issue: "Rename issue"}


def editable(value: object) -> bool:
    return isinstance(value, EDITABLE)


class ItemEditor(QDialog):
    """Edits a copy of the brief; `edited` is that copy once the change was accepted."""

    def __init__(self, brief: Brief, path: ItemPath, lookup: ContextLookup, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(names.EDITOR_DIALOG)
        self.brief, self.path = brief, path
        self.value = element(brief, path)
        self.edited: Brief | None = None
        self.path_after = path                  # where the item is once edited (a re-dated event moves)
        self.setWindowTitle(TITLES[type(self.value)])
        self.fields: dict[str, QLineEdit | QPlainTextEdit] = {}
        layout = QVBoxLayout(self)
        form = QFormLayout()
        layout.addLayout(form)
        value = self.value
        if isinstance(value, Statement):
            text = QPlainTextEdit(value.text, self)
            text.setObjectName(names.EDITOR_TEXT)
            text.setTabChangesFocus(True)
            text.setMinimumHeight(text.fontMetrics().lineSpacing() * 5)
            text.setToolTip("Ctrl+Return saves the change; Esc leaves the statement as it was")
            text.installEventFilter(self)
            form.addRow("Statement:", text)
            self.fields["text"] = text
        elif isinstance(value, Event):
            self._line(form, "date", names.EDITOR_DATE, "Date:", value.date, "2025, 2025-10 or 2025-10-31")
            form.addRow("Event:", self._label(value.text))
        elif isinstance(value, Actor):
            self._line(form, "name", names.EDITOR_NAME, "Name:", value.name, "as the brief should name them")
            self._line(form, "role", names.EDITOR_ROLE, "Role:", value.role, "e.g. foreign minister")
            self._line(form, "affiliation", names.EDITOR_AFFILIATION, "Affiliation:", value.affiliation,
                       "e.g. a party, a ministry, a country")
        elif isinstance(value, Quote):
            self._line(form, "speaker", names.EDITOR_SPEAKER, "Speaker:", value.speaker, "who said it")
            form.addRow("Quote:", self._label(f"“{value.text}”"))
        elif isinstance(value, Issue):
            self._line(form, "name", names.EDITOR_NAME, "Issue:", value.name, "a short name for the matter")

        citations = list(getattr(value, "citations", []) or [])
        if isinstance(value, Issue):
            citations = [c for s in value.statements[:1] for c in s.citations]
        if isinstance(value, Actor):
            citations = citations or ([value.quote.citations[0]] if value.quote and value.quote.citations else [])
        context = QTextBrowser(self)
        context.setObjectName(names.EDITOR_CONTEXT)
        context.setHtml(self._context_html(citations, lookup))
        context.setMinimumHeight(context.fontMetrics().lineSpacing() * 6)
        layout.addWidget(QLabel("In the source (the cited sentence highlighted, with its neighbours):", self))
        layout.addWidget(context, 1)
        self.error = QLabel(self)
        self.error.setObjectName(names.EDITOR_ERROR)
        self.error.setStyleSheet("color: #b00020")
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        em = self.fontMetrics().horizontalAdvance("M")
        self.resize(em * 46, self.fontMetrics().lineSpacing() * 24)
        first = next(iter(self.fields.values()))
        first.setFocus()
        if isinstance(first, QPlainTextEdit):
            first.selectAll()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Ctrl+Return in the statement's text saves it (Return alone starts a new line)."""
        if (event.type() == QEvent.Type.KeyPress and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and event.modifiers() & Qt.KeyboardModifier.ControlModifier):
            self.accept()
            return True
        return super().eventFilter(watched, event)

    def _line(self, form: QFormLayout, key: str, name: str, label: str, text: str, hint: str) -> None:
        field = QLineEdit(text, self)
        field.setObjectName(name)
        field.setPlaceholderText(hint)
        form.addRow(label, field)
        self.fields[key] = field

    def _label(self, text: str) -> QLabel:
        label = QLabel(text, self)
        label.setWordWrap(True)
        return label

    def _context_html(self, citations: list[Citation], lookup: ContextLookup) -> str:
        parts = []
        for citation in citations[:CONTEXT_CITATIONS]:
            source = self.brief.source(citation.source)
            title = escape(source.title) if source else escape(citation.source)
            found = lookup(source, citation) if source else None
            if found is None:
                parts.append(f"<p><b>[{escape(citation.source)}] {title}</b><br><i>(the document is not loaded)</i></p>")
                continue
            before, sentence, after = (escape(x) for x in found)
            parts.append(f"<p><b>[{escape(citation.source)}] {title}</b><br>"
                         f"<span style='color:#707070'>{before}</span> "
                         f"<span style='background-color:#ffe08a; color:black'>{sentence}</span> "
                         f"<span style='color:#707070'>{after}</span></p>")
        return "".join(parts) or "<p><i>No citation to show.</i></p>"

    def text(self, key: str) -> str:
        field = self.fields[key]
        return field.toPlainText() if isinstance(field, QPlainTextEdit) else field.text()

    def accept(self) -> None:
        """Apply the change to a copy of the brief; a refused change keeps the dialog open and says why."""
        work = pickle.loads(pickle.dumps(self.brief, pickle.HIGHEST_PROTOCOL))
        try:
            if isinstance(self.value, Statement):
                set_statement_text(work, self.path, self.text("text"))
            elif isinstance(self.value, Event):
                self.path_after = set_event_date(work, self.path, self.text("date"))   # in date order
            elif isinstance(self.value, Actor):
                set_actor(work, self.path, self.text("name"), self.text("role"), self.text("affiliation"))
            elif isinstance(self.value, Quote):
                set_quote_speaker(work, self.path, self.text("speaker"))
            elif isinstance(self.value, Issue):
                set_issue_name(work, self.path, self.text("name"))
        except BriefingError as exc:
            self.error.setText(str(exc).capitalize())
            self.error.show()
            return
        self.edited = work if work.to_dict() != self.brief.to_dict() else None
        super().accept()
