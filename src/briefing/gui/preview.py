"""A document as read: its extracted text, with one sentence highlighted and scrolled into view."""

from __future__ import annotations

from html import escape

from PySide6.QtGui import QColor, QFont, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QTextEdit, QVBoxLayout, QWidget

from briefing.gui import names
from briefing.model import Document, date_source_label, display_path

HIGHLIGHT = QColor("#ffe08a")        # a warm yellow that reads on light and dark palettes
EXCLUDED = QColor("#9a9a9a")       # text of sections the user left out
HEADING = QColor("#1f4e79")        # the document's own headings stand out from body text


def qt_offset(text: str, index: int) -> int:
    """Qt counts UTF-16 code units; Python counts code points (they differ beyond the BMP)."""
    return len(text[:index].encode("utf-16-le")) // 2


class DocumentPreview(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(names.PREVIEW)
        self.title = QLabel("Double-click a document, or click a citation, to read it here.", self)
        self.title.setObjectName(names.PREVIEW_TITLE)
        self.title.setWordWrap(True)
        self.text = QPlainTextEdit(self)
        self.text.setObjectName(names.PREVIEW_TEXT)
        self.text.setReadOnly(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.text, 1)
        self.document: Document | None = None
        self.highlighted: int | None = None

    def show_document(self, document: Document, sentence: int | None = None,
                      excluded_headings: set[str] | None = None) -> None:
        if document is not self.document:
            self.document = document
            dated = f"{document.published} ({date_source_label(document.date_source)})" \
                if document.published and document.date_source else document.published
            details = " · ".join(x for x in (document.outlet, dated, f"by {document.author}" if document.author
                                             else None, f"{document.words} words",
                                             f"{len(document.sentences)} sentences") if x)
            # the page's own words: shown as text, never as markup
            self.title.setText(f"<b>{escape(document.title)}</b><br>{escape(details)}<br>"
                               f"<small>{escape(display_path(document.path))}</small>")
            self.text.setPlainText(document.text)
        self.highlighted = None
        selections = []
        for heading in document.headings:
            selections.append(self._span(heading.start, heading.end, foreground=HEADING, bold=True))
            if excluded_headings and heading.title in excluded_headings:
                selections.append(self._span(heading.start, heading.section_end, foreground=EXCLUDED))
        if sentence is not None and 0 <= sentence < len(document.sentences):
            found = document.sentences[sentence]
            self.highlighted = sentence
            selections.append(self._span(found.start, found.end, background=HIGHLIGHT))
            cursor = self.text.textCursor()
            cursor.setPosition(qt_offset(document.text, found.start))
            self.text.setTextCursor(cursor)
            self.text.centerCursor()
        self.text.setExtraSelections(selections)

    def clear_highlight(self) -> None:
        """Drop the highlighted citation (a new brief's ids may name other sources); headings stay marked."""
        if self.document is not None and self.highlighted is not None:
            self.show_document(self.document, None)

    def highlighted_text(self) -> str:
        """The text shown highlighted (what a test or a screen reader would check)."""
        spans = [s for s in self.text.extraSelections() if s.format.background().color() == HIGHLIGHT]
        return spans[0].cursor.selectedText() if spans else ""

    def _span(self, start: int, end: int, background: QColor | None = None,
              foreground: QColor | None = None, bold: bool = False) -> QTextEdit.ExtraSelection:
        text = self.document.text if self.document else ""
        selection = QTextEdit.ExtraSelection()
        cursor = QTextCursor(self.text.document())
        cursor.setPosition(qt_offset(text, start))
        cursor.setPosition(qt_offset(text, end), QTextCursor.MoveMode.KeepAnchor)
        selection.cursor = cursor
        fmt = QTextCharFormat()
        if background is not None:
            fmt.setBackground(background)
            fmt.setForeground(QColor("black"))
        if foreground is not None:
            fmt.setForeground(foreground)
        if bold:
            fmt.setFontWeight(QFont.Weight.Bold)
        selection.format = fmt
        return selection
