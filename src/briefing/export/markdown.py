"""The brief as readable Markdown with numbered citations and a source list."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from briefing.atomic import write_text_atomically
from briefing.export.printed import source_date
from briefing.model import Brief, Citation, Section, Statement, display_path


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


def _section(section: Section, brief: Brief, numbers: dict[str, int]) -> list[str]:
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
        lines += [f"| {e.date}{' (planned)' if e.planned else ''} | {_escape_cell(e.text)} "
                  f"{_cite(e.citations, numbers)} |" for e in section.events]
    for q in section.quotes:
        lines += [f"> “{q.text}”", f"> — {q.speaker} {_cite(q.citations, numbers)}", ""]
    for item in section.items:
        lines += [f"### {item.topic}", ""] + [f"- {_statement(s, numbers)}" for s in item.statements] + [""]
    if section.kind == "sources":
        for source in brief.sources:
            details = ", ".join(x for x in (source.outlet, source_date(source, str)) if x)
            flags = f" — *{', '.join(source.flags)}*" if source.flags else ""
            lines.append(f"{numbers[source.id]}. **{source.title}**{' — ' + details if details else ''}"
                         f" — {_code(display_path(source.path))}{flags}")
    return lines + [""]


def brief_markdown(brief: Brief) -> str:
    numbers = {s.id: i for i, s in enumerate(brief.sources, 1)}
    head = [f"# {brief.title}", ""]
    meta = " · ".join(x for x in (brief.subtitle, brief.author, brief.created[:10], brief.marking) if x)
    if meta:
        head += [f"*{meta}*", ""]
    body = [line for section in brief.sections if not section.is_empty()
            for line in _section(section, brief, numbers)]
    return "\n".join(head + body).rstrip() + "\n"


def render_markdown(brief: Brief, path: Path, style: dict[str, Any] | None = None) -> None:
    write_text_atomically(path, brief_markdown(brief))
