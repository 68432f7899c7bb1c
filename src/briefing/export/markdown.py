"""The brief as readable Markdown with numbered citations and a source list."""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Any
from urllib.parse import quote

from briefing.atomic import write_atomically, write_text_atomically
from briefing.export.printed import (
    GENERATED_LABEL,
    PlacedFigure,
    SourceEntry,
    decade_label,
    number_ranges,
    placed_figures,
    source_entry,
    visible_sections,
)
from briefing.model import Brief, Citation, Section, Statement


def _cite(citations: list[Citation], numbers: dict[str, int]) -> str:
    marks = []
    for c in citations:
        mark = f"[{numbers.get(c.source, c.source)}]"
        if mark not in marks:
            marks.append(mark)
    return "".join(marks)


def _statement(s: Statement, numbers: dict[str, int]) -> str:
    edited = " *(edited)*" if s.edited else ""
    return f"{s.text} {_cite(s.citations, numbers)}{edited}"


def _code(text: str) -> str:
    """`text` as a Markdown code span that any backticks in it cannot end (CommonMark)."""
    run = max((len(r) for r in re.findall(r"`+", text)), default=0)
    fence = "`" * (run + 1)
    pad = " " if text.startswith("`") or text.endswith("`") else ""
    return f"{fence}{pad}{text}{pad}{fence}"


def _escape_cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def _source(entry: SourceEntry) -> str:
    """Outlet — **headline** (or the marked label) — date — <address> — `file`, then the flags."""
    title = (f"*{GENERATED_LABEL}* “{entry.title}”" if entry.generated else f"**{entry.title}**") if entry.title else ""
    parts = [entry.outlet, title, entry.date, f"<{entry.address}>" if entry.address else "",
             _code(entry.file) if entry.file else ""]
    flags = f" — *{entry.flags}*" if entry.flags else ""
    return " — ".join(p for p in parts if p) + flags


def _section(section: Section, brief: Brief, numbers: dict[str, int], show_path: bool = False) -> list[str]:
    lines = [f"## {section.title}", ""]
    if section.statements:
        lines += [f"- {_statement(s, numbers)}" for s in section.statements]
    if section.actors:
        lines += ["| Actor | Kind | Role | Sources |", "|---|---|---|---|"]
        for a in section.actors:
            role = a.role_phrase()
            lines.append(f"| {_escape_cell(a.name)} | {a.kind} | {_escape_cell(role)} {_cite(a.citations, numbers)} "
                         f"| {len(a.sources)} |")
    for issue in section.issues:
        lines += [f"### {issue.name}", ""] + [f"- {_statement(s, numbers)}" for s in issue.statements] + [""]
    if section.events:
        lines += ["| Date | Event |", "|---|---|"]
        lines += [f"| {decade_label(e.date, e.date_text) or e.date}{' (planned)' if e.planned else ''} | {_escape_cell(e.text)} "
                  f"{_cite(e.citations, numbers)} |" for e in section.events]
    for q in section.quotes:
        lines += [f"> “{q.text}”", f"> — {q.speaker} {_cite(q.citations, numbers)}", ""]
    for item in section.items:
        lines += [f"### {item.topic}", ""] + [f"- {_statement(s, numbers)}" for s in item.statements] + [""]
    if section.kind == "sources":
        for source in brief.sources:
            lines.append(f"{numbers[source.id]}. {_source(source_entry(source, numbers[source.id], show_path))}")
    return lines + [""]


def _figure(placed: PlacedFigure, file: str | None, alt: str, numbers: dict[str, int]) -> list[str]:
    """A figure as an image link (its alt text what it shows) over its numbered caption."""
    cited = sorted({numbers[c.source] for c in placed.data.citations if c.source in numbers})
    runs = ", ".join(str(a) if a == b else f"{a}–{b}" for a, b in number_ranges(cited))
    caption = f"*Figure {placed.number}: {placed.caption}*" + (f" [{runs}]" if runs else "")
    image = [f"![{alt.replace(']', ')').replace('[', '(')}]({file})", ""] if file else []
    return image + [caption, ""]


def brief_markdown(brief: Brief, figure_files: dict[int, tuple[str, str]] | None = None,
                   show_path: bool = False) -> str:
    """The brief as Markdown; `figure_files` maps a figure's number to (file name, alt text) of the
    picture written beside it (without, figures print as their captions only)."""
    numbers = {s.id: i for i, s in enumerate(brief.sources, 1)}
    head = [f"# {brief.title}", ""]
    meta = " · ".join(x for x in (brief.subtitle, brief.author, brief.created[:10], brief.marking) if x)
    if meta:
        head += [f"*{meta}*", ""]
    figures = placed_figures(brief)
    files = figure_files or {}
    body: list[str] = []
    for index, section in enumerate(visible_sections(brief)):
        lines = _section(section, brief, numbers, show_path)
        opening = [line for placed in figures.get((index, "start"), [])
                   for line in _figure(placed, *files.get(placed.number, (None, "")), numbers)]
        closing = [line for placed in figures.get((index, "end"), [])
                   for line in _figure(placed, *files.get(placed.number, (None, "")), numbers)]
        body += lines[:2] + opening + lines[2:] + closing
    return "\n".join(head + body).rstrip() + "\n"


def render_markdown(brief: Brief, path: Path, style: dict[str, Any] | None = None) -> None:
    """The Markdown file, and each figure as `NAME-figure-N.png` beside it (linked by name)."""
    from briefing.export.style import resolve_style

    resolved = resolve_style(style)
    files: dict[int, tuple[str, str]] = {}
    placed = [p for group in placed_figures(brief).values() for p in group]
    if placed:
        from briefing.export.figures import draw_figure, figure_png

        width = resolved["figures"]["markdown_width_pt"]
        for figure in sorted(placed, key=lambda p: p.number):
            drawn = draw_figure(figure.data, width, resolved)
            name = f"{Path(path).stem}-figure-{figure.number}.png"
            png = figure_png(drawn, resolved["figures"]["png_dpi"])
            write_atomically(Path(path).with_name(name), lambda tmp, data=png: tmp.write_bytes(data))
            # linked by its bytes, percent-encoded: any file name (spaces, brackets, not UTF-8) links right
            files[figure.number] = (quote(os.fsencode(name)), drawn.alt)
    write_text_atomically(path, brief_markdown(brief, files, resolved["source_paths"]))
