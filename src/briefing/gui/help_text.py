"""The Help menu's pages: a short guide, and the shortcuts as the actions carry them."""

from __future__ import annotations

from html import escape

from PySide6.QtGui import QAction, QKeySequence

GUIDE_HTML = """
<h3>From documents to a printed brief</h3>
<ol>
<li><b>Add documents</b> (button on the left, or drop files and folders there): news articles,
reports, notes as .txt, .md, .html, .docx or .pdf. Uncheck a document, or one of its sections,
to leave it out. Double-click or press Enter on a document to read it.</li>
<li><b>Choose a template</b> in the middle pane: it decides the sections, their order and length,
and the look of the printed brief. Check sections, drag them into order, set how many items each
may hold, fill in the cover and the watch list. <i>Save template as…</i> keeps the setup as one of
your templates; <i>Load template from file…</i> uses one shared with you.</li>
<li><b>Compose</b> (Ctrl+Return). Reading and composing run in the background; Cancel (Esc) stops
them.</li>
<li><b>Review</b> the brief on the right, section by section. Every statement is a sentence from a
source: hover it to read the source sentence, click a citation to open the source there. Edit an
item with F2 or a double-click (a statement's text, a timeline date, an actor's name, role and
affiliation, a quote's speaker, an issue's name); edited items are marked ✎ and keep their
citations. Move items with Alt+Up and Alt+Down, delete them with Delete; Ctrl+Z undoes any of it.
The Pages view beside the brief shows it as it will print, and shows the page of the item you
select. When you change documents or the setup, the brief says it is out of date: Recompose keeps
your edits where their items are still in the brief, and Ctrl+Z after it brings back the brief
before.</li>
<li><b>Print</b> (Ctrl+P) or <b>export</b> (Ctrl+E) as Word, PDF, Markdown or JSON, and save the
project (Ctrl+S) to come back to it. Unsaved work is kept safe and offered back after a crash.</li>
</ol>
<p><b>The library</b> (Ctrl+L) keeps every document you index once, searchable as you type: <i>Add
folder to library…</i> indexes a folder (again: only what changed), the search box takes words,
"a phrase", word* and -word, the date and outlet fields narrow the hits, and <i>Add to brief</i> (or
dragging hits onto the documents) adds them as the library holds them, without reading them again.
Documents already in the brief are marked ✓.</p>
"""


def shortcuts_html(actions: dict[str, QAction]) -> str:
    """A table of every action that has a shortcut, as the window has them now."""
    rows = []
    for action in actions.values():
        keys = [k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts() if not k.isEmpty()]
        if keys:
            rows.append((action.text().replace("&", "").rstrip("…"), ", ".join(keys)))
    body = "".join(f"<tr><td>{escape(name)}</td><td><b>{escape(keys)}</b></td></tr>" for name, keys in rows)
    return f"<h3>Keyboard shortcuts</h3><table cellspacing='6'>{body}</table>"
