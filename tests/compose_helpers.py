"""Build a brief from short texts written in a test, through the real pipeline."""

from __future__ import annotations

from pathlib import Path

from briefing.model import Brief, run_to_end
from briefing.services import build
from briefing.templates import Template, load_template


def brief_from(tmp_path: Path, texts: dict[str, str], template: Template | str = "standard") -> Brief:
    folder = tmp_path / "docs"
    folder.mkdir(exist_ok=True)
    for name, text in texts.items():
        (folder / name).write_text(text, encoding="utf-8")
    if not isinstance(template, Template):
        template = load_template(template)
    return run_to_end(build([folder], template)).brief


def section(brief: Brief, kind: str):
    return next(s for s in brief.sections if s.kind == kind)


def verbatim(brief: Brief, tmp_path: Path, statement) -> bool:
    """The statement's text is found at its first citation's offsets in that source's file."""
    citation = statement.citations[0]
    source = brief.source(citation.source)
    from briefing.ingest import read_document
    text = read_document(source.path).text
    return text[citation.start:citation.end] == statement.text
