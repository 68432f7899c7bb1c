"""What the DOCX and PDF writers print alike: citation numbers, cover lines, source entries, roles."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Any

from briefing.model import (
    Actor,
    Brief,
    Citation,
    Event,
    Figure,
    Section,
    Source,
    date_source_label,
    display_path,
)
from briefing.model.figures import FigureData, day_text, figure_data, latest_source_day

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December")


def one_line(text: str) -> str:
    """Text with its line breaks and runs of spaces as single spaces: sources wrap mid-sentence."""
    return " ".join(text.split())


def quotation(text: str) -> str:
    """Quoted words in typographic quotes; a trailing comma or colon of the cut-out sentence dropped."""
    words = one_line(text).strip().strip("\"“”").rstrip(",;:").strip()
    return f"“{words}”"


def source_numbers(brief: Brief) -> dict[str, int]:
    """Source id -> the number its citations print as, in source-list order."""
    return {s.id: i for i, s in enumerate(brief.sources, 1)}


def cited_numbers(citations: list[Citation], numbers: dict[str, int]) -> list[int]:
    """The distinct source numbers of `citations`, in citation order (first = the quoted source)."""
    out: list[int] = []
    for c in citations:
        n = numbers.get(c.source)
        if n is not None and n not in out:
            out.append(n)
    return out


def source_anchor(number: int) -> str:
    """Bookmark name of a source-list entry; citations link here."""
    return f"source_{number}"


def section_anchor(index: int) -> str:
    return f"section_{index}"


def visible_sections(brief: Brief) -> list[Section]:
    """Sections worth printing: empty ones are skipped, and a source list needs sources."""
    return [s for s in brief.sections
            if not s.is_empty() and not (s.kind == "sources" and not brief.sources)]


def long_date(iso: str) -> str:
    """'2026-11-23T13:40:00+00:00' -> '23 November 2026', '2024-08' -> 'August 2024' (a source
    that states only its month); odd dates print as given."""
    try:
        d = date.fromisoformat(iso[:10])
    except ValueError:
        parts = iso.split("-")
        if len(parts) == 2 and parts[0].isdigit() and parts[1].isdigit() and 1 <= int(parts[1]) <= 12:
            return f"{MONTHS[int(parts[1]) - 1]} {int(parts[0])}"
        return iso
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


def information_as_of(brief: Brief) -> str:
    """'Information as of 24 November 2025': the latest date a source states; '' when none does."""
    latest = latest_source_day(brief)
    return f"Information as of {day_text(latest)}" if latest else ""


def cover_meta(brief: Brief) -> list[str]:
    """The cover's small lines under the title: author, the build date, how current the sources are."""
    built = f"Compiled {long_date(brief.created)}" if brief.created else ""
    return [x for x in (brief.author, built, information_as_of(brief)) if x]


def actor_role(actor: Actor) -> str:
    return actor.role_phrase()


def actor_sources(actor: Actor, numbers: dict[str, int], limit: int) -> tuple[list[Citation], int]:
    """The sources an actor's row lists, the first `limit` by number, and how many it leaves out:
    an actor named in hundreds of documents would otherwise fill pages with numbers."""
    listed = sorted((s for s in actor.sources if s in numbers), key=numbers.__getitem__)
    return [Citation(s, 0, 0, 0) for s in listed[:limit]], max(len(listed) - limit, 0)


def more_sources(count: int) -> str:
    return f" and {count} more" if count else ""


ACTOR_KIND_LABELS = {"person": "Person", "organization": "Organisation", "country": "Country"}


def flag_label(flag: str) -> str:
    """'machine-paraphrase' -> 'machine paraphrase'."""
    return flag.replace("-", " ").replace("_", " ")


@dataclass(frozen=True)
class SourceEntry:
    """A source as a reader cites it; writers print the parts that are not empty, in this order."""

    number: int
    outlet: str
    title: str        # the headline; or the label made from the opening words (`generated`)
    generated: bool
    date: str         # '24 August 2025 (dateline)'
    address: str      # the document's own web address
    file: str         # the file name, where nothing else would let a reader find the document
    flags: str        # readable flags, '' if none

    def plain(self) -> str:
        """The entry as one line of text (the compact source list, tests)."""
        title = f"{GENERATED_LABEL} “{self.title}”" if self.generated else self.title
        return " — ".join(x for x in (self.outlet, title, self.date, self.address, self.file) if x) + \
            (f" ⚑ {self.flags}" if self.flags else "")


GENERATED_LABEL = "Untitled; opens"     # before a label made from a document's opening words


def source_date(source: Source, render=long_date) -> str:
    """The source's date and where it came from: '8 March 2024 (dateline)'; '' when it has none."""
    if not source.published:
        return ""
    origin = date_source_label(source.date_source)
    return f"{render(source.published)} ({origin})" if origin else render(source.published)


def file_name(path: str) -> str:
    """A source's file name without its folders (which may be the user's own)."""
    return path.replace("\\", "/").rstrip("/").rsplit("/", 1)[-1]


def source_entry(source: Source, number: int, show_path: bool = False) -> SourceEntry:
    """Outlet, headline (or a marked label), date, address and flags; the file name only where the
    entry would otherwise not identify the document, and its folders only if `show_path`."""
    title = one_line(source.title or "")
    generated = source.title_generated or not title
    name = display_path(file_name(source.path))
    if generated and title in ("", name, name.rsplit(".", 1)[0]):
        title, generated = "", False        # a label that is only the file name says nothing more
    address = source.url or ""
    findable = address or (source.outlet and title and not generated)
    where = display_path(source.path) if show_path else ("" if findable else display_path(file_name(source.path)))
    return SourceEntry(number, (source.outlet or "").strip(), title, generated, source_date(source), address,
                       where, "; ".join(flag_label(f) for f in source.flags))


def has_edited_statements(brief: Brief) -> bool:
    for section in brief.sections:
        statements = list(section.statements)
        statements += [s for i in section.issues for s in i.statements]
        statements += [s for c in section.items for s in c.statements]
        if any(s.edited for s in statements):
            return True
    return False


def event_when(event: Event) -> str:
    """The date cell of a timeline row: '31 Oct 2025', or '12 Nov 2025 (planned)'."""
    return event_date(event.date, event.date_text) + (" (planned)" if event.planned else "")


# a decade as written: "the early 1990s" (the event's date is then its first year, "1990")
DECADE = re.compile(r"\b(?:(early|mid|late)[\s-]+)?(\d{3}0)s\b", re.IGNORECASE)


def decade_label(iso: str, date_text: str) -> str:
    """'1990s' or 'early 1990s' where the event's date is a decade's first year because its text
    names the decade, so that it does not read as that one year; '' otherwise."""
    found = DECADE.search(date_text or "")
    if not found or found.group(2) != iso:
        return ""
    return f"{found.group(1).lower()} {iso}s" if found.group(1) else f"{iso}s"


def event_date(iso: str, fallback: str = "") -> str:
    """'2025-10-31' -> '31 Oct 2025', '2026-01' -> 'Jan 2026', '2017' -> '2017', and '1990' from
    'the early 1990s' -> 'early 1990s'."""
    if decade := decade_label(iso, fallback):
        return decade
    parts = iso.split("-")
    try:
        if len(parts) == 3:
            d = date.fromisoformat(iso)
            return f"{d.day} {MONTHS[d.month - 1][:3]} {d.year}"
        if len(parts) == 2:
            return f"{MONTHS[int(parts[1]) - 1][:3]} {int(parts[0])}"
    except (ValueError, IndexError):
        return fallback or iso
    return iso or fallback


# --- figures ---------------------------------------------------------------------------------

FIGURE_CAPTIONS = {
    "timeline": "The timeline's events by date; filled marks were reported, hollow ones are planned or expected",
    "actor-issues": "Who is named in which open issue: key actors against the open issues below",
    "sources": "The sources by date and outlet, flagged ones marked",
}


@dataclass(frozen=True)
class PlacedFigure:
    number: int                 # "Figure 1", in order of appearance
    figure: Figure
    data: FigureData
    caption: str                # without "Figure N: "


def placed_figures(brief: Brief, sections: list[Section] | None = None) -> dict[tuple[int, str], list[PlacedFigure]]:
    """(index in the printed sections, "start" or "end") -> the figures there, numbered in reading
    order. A figure goes in the first printed section of its kind; one with nothing to show is left out."""
    sections = visible_sections(brief) if sections is None else sections
    chosen: list[tuple[int, int, Figure, FigureData]] = []
    for order, figure in enumerate(brief.figures):
        index = next((i for i, s in enumerate(sections) if s.kind == figure.section), None)
        data = figure_data(brief, figure.kind) if index is not None else None
        if data is not None:
            chosen.append((index, order, figure, data))
    chosen.sort(key=lambda c: (c[0], c[2].place != "start", c[1]))
    placed: dict[tuple[int, str], list[PlacedFigure]] = {}
    for number, (index, _, figure, data) in enumerate(chosen, 1):
        caption = figure.title or FIGURE_CAPTIONS.get(figure.kind, "")
        placed.setdefault((index, figure.place), []).append(PlacedFigure(number, figure, data, caption))
    return placed


def number_ranges(numbers: list[int]) -> list[tuple[int, int]]:
    """[1, 2, 3, 5] -> [(1, 3), (5, 5)]: runs of three or more print as '1–3'."""
    out: list[tuple[int, int]] = []
    for n in sorted(set(numbers)):
        if out and n == out[-1][1] + 1:
            out[-1] = (out[-1][0], n)
        else:
            out.append((n, n))
    return [r for run in out for r in ([run] if run[1] - run[0] >= 2 else
                                       [(k, k) for k in range(run[0], run[1] + 1)])]


# --- cover choice ----------------------------------------------------------------------------

# An estimate of the printed length, in lines of body text, so that PDF and DOCX choose the same
# cover without laying the brief out twice; checked against the PDFs of the labelled sets and the
# export benchmark's 40-page brief (within a page or two of the real count under ten pages).
AVERAGE_CHAR_EM = 0.52          # DejaVu Serif over English prose; other fonts are close enough
LINES_PER_FIGURE = 14
LINES_PER_HEADING = 3


def estimated_pages(brief: Brief, style: dict[str, Any]) -> float:
    """About how many pages the sections fill (the cover aside)."""
    sizes, margins = style["sizes"], style["page"]["margins_mm"]
    width_mm, height_mm = {"A4": (210, 297), "Letter": (215.9, 279.4)}[style["page"]["size"]]
    text_width = (width_mm - margins["left"] - margins["right"]) * 72 / 25.4
    chars = text_width / (sizes["body"] * AVERAGE_CHAR_EM)
    page_lines = (height_mm - margins["top"] - margins["bottom"]) * 72 / 25.4 / (sizes["body"] * sizes["leading"])
    small = sizes["table"] / sizes["body"]

    def lines(text: str, share: float = 1.0, scale: float = 1.0) -> float:
        return (-(-len(text) * scale // (chars * share)) + 0.4) * scale

    total = 0.0
    for section in visible_sections(brief):
        total += LINES_PER_HEADING
        total += sum(lines(s.text) for s in section.statements)
        total += sum(LINES_PER_HEADING * 0.7 + sum(lines(s.text) for s in i.statements) for i in section.issues)
        total += sum(LINES_PER_HEADING * 0.7 + sum(lines(s.text) for s in c.statements) for c in section.items)
        total += sum(lines(e.text, 0.8, small) + 0.3 for e in section.events)
        total += sum(max(lines(a.role_phrase(), 0.5, small), 2 * small) + 0.3 for a in section.actors)
        total += sum(lines(q.text) + 1.2 for q in section.quotes)
        if section.kind == "sources":
            total += sum(lines(source_entry(s, 1).plain(), 0.9, small) + 0.3 for s in brief.sources)
    total += LINES_PER_FIGURE * len(brief.figures)
    return total / page_lines


def settle_cover(style: dict[str, Any], brief: Brief) -> dict[str, Any]:
    """`style` with `cover: auto` decided for this brief (compact under `compact_below_pages`) and
    `toc: auto` then (contents with a full cover only)."""
    cover = style["cover"]
    if cover == "auto":
        cover = "compact" if estimated_pages(brief, style) < style["compact_below_pages"] else "full"
    toc = style["toc"]
    if toc == "auto":
        toc = cover == "full"
    return {**style, "cover": cover, "toc": toc}
