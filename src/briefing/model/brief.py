"""The brief as data: the `briefing/1` contract of spec/brief-json.md, as dataclasses.

`Brief.to_dict()` gives exactly the JSON the contract describes and `Brief.from_dict()` reads it
back (also from projects saved by older versions). Keys not in the contract are allowed and
kept where noted (`edited` on statements).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from briefing.model.paths import store_path, stored_path

FORMAT = "briefing/1"
SECTION_KINDS = ("summary", "background", "actors", "issues", "outlook", "timeline", "quotes",
                 "contradictions", "sources")
STATEMENT_KINDS = ("summary", "background", "outlook")
FIGURE_KINDS = ("timeline", "actor-issues", "sources")   # see model/figures.py
FIGURE_PLACES = ("start", "end")
ACTOR_KINDS = ("person", "organization", "country")


@dataclass
class Citation:
    """Where a brief's item comes from: a sentence of a source, by index and character offsets."""

    source: str          # a Source.id such as "S2"
    sentence: int        # 0-based sentence index in that source
    start: int           # character offsets into the source's extracted text
    end: int

    def to_dict(self) -> dict[str, Any]:
        return {"source": self.source, "sentence": self.sentence, "start": self.start, "end": self.end}

    @classmethod
    def from_dict(cls, raw: dict[str, Any]) -> Citation:
        return cls(str(raw["source"]), int(raw.get("sentence", 0)), int(raw.get("start", 0)),
                   int(raw.get("end", 0)))


def _citations(raw: dict[str, Any]) -> list[Citation]:
    return [Citation.from_dict(c) for c in raw.get("citations") or []]


def _marked(out: dict[str, Any], edited: bool) -> dict[str, Any]:
    """`out` with `"edited": true` where the user changed the item in review (the key is left out
    otherwise, so an unedited brief is exactly the contract's JSON)."""
    if edited:
        out["edited"] = True
    return out


@dataclass
class Statement:
    """A sentence (or run of sentences) verbatim from the first cited source.

    Composed statements leave out what the source put around its words: a wire dateline opening
    the sentence (the first citation then starts after it) and the source's own reference marks
    ("[1]", which would read as the brief's citations; the citation still spans the sentence).
    """

    text: str
    citations: list[Citation]
    edited: bool = False       # the user changed the text in review; citations are kept

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"text": self.text, "citations": [c.to_dict() for c in self.citations]}
        if self.edited:
            out["edited"] = True
        return out

    @classmethod
    def from_dict(cls, raw: dict[str, Any]) -> Statement:
        return cls(str(raw.get("text", "")), _citations(raw), bool(raw.get("edited", False)))


@dataclass
class Quote:
    """A quotation of the brief, verbatim, with its speaker and where it is said."""

    speaker: str
    text: str
    citations: list[Citation]
    edited: bool = False       # the user changed the speaker in review

    def to_dict(self) -> dict[str, Any]:
        return _marked({"speaker": self.speaker, "text": self.text,
                        "citations": [c.to_dict() for c in self.citations]}, self.edited)

    @classmethod
    def from_dict(cls, raw: dict[str, Any]) -> Quote:
        return cls(str(raw.get("speaker", "")), str(raw.get("text", "")), _citations(raw),
                   bool(raw.get("edited", False)))


@dataclass
class Actor:
    """A person, organisation or country the brief names, with role and affiliation."""

    name: str
    kind: str = "person"
    role: str = ""
    affiliation: str = ""
    aliases: list[str] = field(default_factory=list)
    mentions: int = 0
    sources: list[str] = field(default_factory=list)
    citations: list[Citation] = field(default_factory=list)
    quote: Quote | None = None
    edited: bool = False       # the user changed name, role or affiliation in review

    def role_phrase(self) -> str:
        """Role and affiliation in one phrase, without saying the affiliation twice."""
        if self.affiliation and self.affiliation.lower() not in self.role.lower():
            return f"{self.role}, {self.affiliation}" if self.role else self.affiliation
        return self.role

    def to_dict(self) -> dict[str, Any]:
        out = {"name": self.name, "aliases": list(self.aliases), "kind": self.kind, "role": self.role,
                "affiliation": self.affiliation, "mentions": self.mentions, "sources": list(self.sources),
                "citations": [c.to_dict() for c in self.citations],
                "quote": self.quote.to_dict() if self.quote else None}
        return _marked(out, self.edited)

    @classmethod
    def from_dict(cls, raw: dict[str, Any]) -> Actor:
        quote = raw.get("quote")
        return cls(str(raw.get("name", "")), str(raw.get("kind", "person")), str(raw.get("role") or ""),
                   str(raw.get("affiliation") or ""), [str(a) for a in raw.get("aliases") or []],
                   int(raw.get("mentions") or 0), [str(s) for s in raw.get("sources") or []],
                   _citations(raw), Quote.from_dict(quote) if quote else None, bool(raw.get("edited", False)))


@dataclass
class Issue:
    """An open issue: a matter the sources leave undecided, with the statements on it."""

    name: str
    origin: str = "discovered"          # "template" or "discovered"
    terms: list[str] = field(default_factory=list)
    statements: list[Statement] = field(default_factory=list)
    edited: bool = False       # the user renamed the issue in review

    def to_dict(self) -> dict[str, Any]:
        return _marked({"name": self.name, "origin": self.origin, "terms": list(self.terms),
                        "statements": [s.to_dict() for s in self.statements]}, self.edited)

    @classmethod
    def from_dict(cls, raw: dict[str, Any]) -> Issue:
        return cls(str(raw.get("name", "")), str(raw.get("origin", "discovered")),
                   [str(t) for t in raw.get("terms") or []],
                   [Statement.from_dict(s) for s in raw.get("statements") or []], bool(raw.get("edited", False)))


@dataclass
class Event:
    """A dated event of the timeline, in the words of its source."""

    date: str           # ISO, possibly partial: "2017", "2026-01", "2025-10-31"
    date_text: str
    text: str
    citations: list[Citation]
    planned: bool = False   # planned or expected: after its source's dateline, or said to lie ahead
    edited: bool = False    # the user changed the date in review

    def to_dict(self) -> dict[str, Any]:
        return _marked({"date": self.date, "date_text": self.date_text, "text": self.text,
                        "citations": [c.to_dict() for c in self.citations], "planned": self.planned}, self.edited)

    @classmethod
    def from_dict(cls, raw: dict[str, Any]) -> Event:
        return cls(str(raw.get("date", "")), str(raw.get("date_text", "")), str(raw.get("text", "")),
                   _citations(raw), bool(raw.get("planned", False)), bool(raw.get("edited", False)))


@dataclass
class Contradiction:
    """A matter the sources report differently: one statement per version."""

    topic: str
    statements: list[Statement]

    def to_dict(self) -> dict[str, Any]:
        return {"topic": self.topic, "statements": [s.to_dict() for s in self.statements]}

    @classmethod
    def from_dict(cls, raw: dict[str, Any]) -> Contradiction:
        return cls(str(raw.get("topic", "")), [Statement.from_dict(s) for s in raw.get("statements") or []])


@dataclass
class Section:
    """One section of the brief; only the list that fits `kind` is used."""

    kind: str
    title: str
    statements: list[Statement] = field(default_factory=list)   # summary, background, outlook
    actors: list[Actor] = field(default_factory=list)
    issues: list[Issue] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    items: list[Contradiction] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"kind": self.kind, "title": self.title}
        if self.kind in STATEMENT_KINDS:
            out["statements"] = [s.to_dict() for s in self.statements]
        elif self.kind == "actors":
            out["actors"] = [a.to_dict() for a in self.actors]
        elif self.kind == "issues":
            out["issues"] = [i.to_dict() for i in self.issues]
        elif self.kind == "timeline":
            out["events"] = [e.to_dict() for e in self.events]
        elif self.kind == "quotes":
            out["quotes"] = [q.to_dict() for q in self.quotes]
        elif self.kind == "contradictions":
            out["items"] = [c.to_dict() for c in self.items]
        return out

    @classmethod
    def from_dict(cls, raw: dict[str, Any]) -> Section:
        return cls(str(raw.get("kind", "")), str(raw.get("title", "")),
                   [Statement.from_dict(s) for s in raw.get("statements") or []],
                   [Actor.from_dict(a) for a in raw.get("actors") or []],
                   [Issue.from_dict(i) for i in raw.get("issues") or []],
                   [Event.from_dict(e) for e in raw.get("events") or []],
                   [Quote.from_dict(q) for q in raw.get("quotes") or []],
                   [Contradiction.from_dict(c) for c in raw.get("items") or []])

    def is_empty(self) -> bool:
        return not (self.statements or self.actors or self.issues or self.events or self.quotes
                    or self.items) and self.kind != "sources"


@dataclass
class Source:
    """A document the brief cites, as the source list names it."""

    id: str
    title: str
    path: str
    outlet: str | None = None
    published: str | None = None
    words: int = 0
    sha256: str = ""
    flags: list[str] = field(default_factory=list)
    headings: list[str] = field(default_factory=list)
    excluded_headings: list[str] = field(default_factory=list)
    date_source: str | None = None     # where `published` came from, as Document.date_source
    author: str | None = None
    url: str | None = None
    # the document states no headline: `title` is a label made from its opening words (or its
    # file name), which the source list marks as such
    title_generated: bool = False

    def to_dict(self) -> dict[str, Any]:
        # the path as the file system has it: undecodable bytes kept in `path_bytes` (model.paths)
        return {"id": self.id, "title": self.title, "title_generated": self.title_generated,
                **store_path(self.path), "outlet": self.outlet,
                "published": self.published, "words": self.words, "sha256": self.sha256,
                "flags": list(self.flags), "headings": list(self.headings),
                "excluded_headings": list(self.excluded_headings), "date_source": self.date_source,
                "author": self.author, "url": self.url}

    @classmethod
    def from_dict(cls, raw: dict[str, Any]) -> Source:
        return cls(str(raw.get("id", "")), str(raw.get("title", "")), stored_path(raw),
                   raw.get("outlet"), raw.get("published"), int(raw.get("words") or 0),
                   str(raw.get("sha256") or ""), [str(f) for f in raw.get("flags") or []],
                   [str(h) for h in raw.get("headings") or []],
                   [str(h) for h in raw.get("excluded_headings") or []],
                   raw.get("date_source"), raw.get("author"), raw.get("url"),
                   bool(raw.get("title_generated", False)))


@dataclass
class Figure:
    """A figure the template chose: its kind, the section it sits in (the first of that kind the
    brief prints) and where there, and its caption's words. Its content is derived from the
    brief's own data when it is drawn (model/figures.py), so it follows every edit."""

    kind: str                  # one of FIGURE_KINDS
    section: str               # a section kind
    place: str = "start"       # "start": under the section heading; "end": after its items
    title: str = ""            # the caption's words; "" for the kind's usual caption

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "section": self.section, "place": self.place, "title": self.title}

    @classmethod
    def from_dict(cls, raw: dict[str, Any]) -> Figure:
        return cls(str(raw.get("kind", "")), str(raw.get("section", "")), str(raw.get("place") or "start"),
                   str(raw.get("title") or ""))


@dataclass
class Brief:
    """The composed brief: its cover's fields, its sections and figures, and its sources."""

    title: str
    subtitle: str = "Briefing pack"
    author: str = ""
    marking: str = "UNCLASSIFIED"
    created: str = ""
    template_name: str = "standard"
    template_version: int = 1
    sources: list[Source] = field(default_factory=list)
    sections: list[Section] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {"format": FORMAT, "title": self.title, "subtitle": self.subtitle, "author": self.author,
                "marking": self.marking, "created": self.created,
                "template": {"name": self.template_name, "version": self.template_version},
                "sources": [s.to_dict() for s in self.sources],
                "sections": [s.to_dict() for s in self.sections],
                "figures": [f.to_dict() for f in self.figures]}

    @classmethod
    def from_dict(cls, raw: dict[str, Any]) -> Brief:
        if raw.get("format") != FORMAT:
            raise ValueError(f"format is {raw.get('format')!r}, expected {FORMAT!r}")
        template = raw.get("template") or {}
        return cls(str(raw.get("title", "")), str(raw.get("subtitle", "")), str(raw.get("author", "")),
                   str(raw.get("marking", "")), str(raw.get("created", "")),
                   str(template.get("name", "")), int(template.get("version") or 1),
                   [Source.from_dict(s) for s in raw.get("sources") or []],
                   [Section.from_dict(s) for s in raw.get("sections") or []],
                   [Figure.from_dict(f) for f in raw.get("figures") or []])

    def source(self, source_id: str) -> Source | None:
        return next((s for s in self.sources if s.id == source_id), None)

    def sections_of(self, kind: str) -> list[Section]:
        return [s for s in self.sections if s.kind == kind]
