"""What the DOCX and PDF writers print alike: citation numbers, cover lines, source entries, roles."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from briefing.model import Actor, Brief, Citation, Event, Section, Source, date_source_label, display_path

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
    """'2026-11-23T13:40:00+00:00' -> '23 November 2026'; partial or odd dates print as given."""
    try:
        d = date.fromisoformat(iso[:10])
    except ValueError:
        return iso
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


def cover_meta(brief: Brief) -> list[str]:
    """The cover's small lines under the title: author, then the date."""
    return [x for x in (brief.author, long_date(brief.created) if brief.created else "") if x]


def actor_role(actor: Actor) -> str:
    return actor.role_phrase()


ACTOR_KIND_LABELS = {"person": "Person", "organization": "Organisation", "country": "Country"}


def flag_label(flag: str) -> str:
    """'machine-paraphrase' -> 'machine paraphrase'."""
    return flag.replace("-", " ").replace("_", " ")


@dataclass(frozen=True)
class SourceEntry:
    number: int
    title: str
    details: str      # outlet, date and where the date came from
    path: str
    flags: str        # readable flags, '' if none


def source_date(source: Source, render=long_date) -> str:
    """The source's date and where it came from: '8 March 2024 (dateline)'; '' when it has none."""
    if not source.published:
        return ""
    origin = date_source_label(source.date_source)
    return f"{render(source.published)} ({origin})" if origin else render(source.published)


def source_entry(source: Source, number: int) -> SourceEntry:
    details = ", ".join(x for x in (source.outlet, source_date(source)) if x)
    path = display_path(source.path)
    return SourceEntry(number, source.title or path, details, path,
                       "; ".join(flag_label(f) for f in source.flags))


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


def event_date(iso: str, fallback: str = "") -> str:
    """'2025-10-31' -> '31 Oct 2025', '2026-01' -> 'Jan 2026', '2017' -> '2017'."""
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
