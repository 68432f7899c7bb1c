"""A brief template (`briefing-template/1`): sections in order, limits, watch list, style."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

TEMPLATE_FORMAT = "briefing-template/1"


@dataclass
class SectionSpec:
    """One section of a template: its kind, title and limits."""

    kind: str                      # a section kind of spec/brief-json.md
    title: str
    max_items: int | None = None   # statements, actors, events, quotes, issues or items
    max_words: int | None = None   # per statement; longer candidates are skipped
    min_sources: int = 1           # a statement needs at least this many citing sources
    options: dict[str, Any] = field(default_factory=dict)   # kind-specific extras
    enabled: bool = True


@dataclass
class FigureSpec:
    """A figure and where it goes: in the first `section` of that kind, at its start or end."""
    kind: str                      # timeline, actor-issues or sources (model.brief.FIGURE_KINDS)
    section: str                   # a section kind
    place: str = "start"
    title: str = ""                # the caption's words; "" for the usual caption


@dataclass
class WatchIssue:
    """An issue the user asks the brief to watch, by the terms that name it."""

    name: str
    terms: list[str]


@dataclass
class Template:
    """What a brief holds and in which order: sections, figures, defaults and style."""

    name: str
    description: str = ""
    version: int = 1
    sections: list[SectionSpec] = field(default_factory=list)
    watchlist: list[WatchIssue] = field(default_factory=list)
    figures: list[FigureSpec] = field(default_factory=list)
    defaults: dict[str, str] = field(default_factory=dict)   # title, subtitle, author, marking
    style: dict[str, Any] = field(default_factory=dict)      # merged over the bundled default
    # where it was loaded from; not part of what a template *is*, so a saved copy compares equal
    path: str | None = field(default=None, compare=False)


@dataclass(frozen=True)
class TemplateInfo:
    """A template the user can choose by name: bundled with the program or saved by the user."""
    name: str                  # what `--template NAME` takes (the file's stem)
    description: str
    origin: str                # "bundled" or "user"
    path: str
    problem: str | None = None  # set when the file does not load; it is listed so it can be fixed
