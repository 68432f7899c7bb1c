"""Edits a reviewer makes to a composed brief, as functions on the Brief (the window and scripts alike).

Every edit keeps the item's citations and marks it edited; an edit that would leave an item
without its text (an empty statement, a nameless actor) is refused with a BriefingError, so the
brief on screen, in the project and in every export stays the same. `carry_edits` brings the
edits of one brief into a brief recomposed from changed inputs, where their items survive.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from briefing.model import Actor, Brief, BriefingError, Citation, Event, Issue, Quote, Statement

ItemPath = tuple          # (section, list attribute, index[, "statements", index])
ISO_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


def element(brief: Brief, path: ItemPath) -> Any:
    """The statement, actor, issue, event, quote or contradiction at `path`."""
    value = getattr(brief.sections[path[0]], path[1])[path[2]]
    return getattr(value, path[3])[path[4]] if len(path) == 5 else value


def container(brief: Brief, path: ItemPath) -> list:
    """The list holding the item at `path`."""
    items = getattr(brief.sections[path[0]], path[1])
    return getattr(items[path[2]], path[3]) if len(path) == 5 else items


def _one_line(text: str, what: str) -> str:
    text = " ".join(str(text).split())
    if not text:
        raise BriefingError(f"{what} cannot be empty; delete the item instead")
    return text


def _set_line(brief: Brief, path: ItemPath, kind: type, field: str, text: str, what: str, refusal: str) -> None:
    """Set the one line of text `field` of the item at `path`, which must be a `kind` (else
    `refusal`); a changed value marks the item edited."""
    item = element(brief, path)
    if not isinstance(item, kind):
        raise BriefingError(refusal)
    text = _one_line(text, what)
    if text != getattr(item, field):
        setattr(item, field, text)
        item.edited = True


def set_statement_text(brief: Brief, path: ItemPath, text: str) -> None:
    """Replace a statement's text; it keeps its citations (to the sentence it was based on)."""
    _set_line(brief, path, Statement, "text", text, "a statement", "only a statement's text can be rewritten")


def check_iso_date(text: str) -> str:
    """'2025', '2025-10' or '2025-10-31' (a real date), else a BriefingError saying what is wanted."""
    text = text.strip()
    match = ISO_DATE.match(text)
    try:
        if match is None:
            raise ValueError
        year, month, day = match.groups()
        date(int(year), int(month or 1), int(day or 1))
    except ValueError:
        raise BriefingError(f"“{text}” is not a date; write it as 2025, 2025-10 or 2025-10-31") from None
    return text


def set_event_date(brief: Brief, path: ItemPath, iso: str) -> ItemPath:
    """Re-date a timeline event; the source's own words for the date no longer apply. The event
    moves to its place in date order (after the others of its date), as composing puts it, so the
    timeline still reads in order; returns its path then."""
    event = element(brief, path)
    if not isinstance(event, Event):
        raise BriefingError("only a timeline event has a date")
    new = check_iso_date(iso)
    if new == event.date:
        return path
    event.date, event.date_text = new, ""
    event.edited = True
    events = container(brief, path)
    events.pop(path[-1])
    place = next((i for i, other in enumerate(events) if other.date > new), len(events))
    events.insert(place, event)
    return (*path[:-1], place)


def set_actor(brief: Brief, path: ItemPath, name: str, role: str, affiliation: str) -> None:
    """Rename an actor or change the role and affiliation shown; a former name stays an alias."""
    actor = element(brief, path)
    if not isinstance(actor, Actor):
        raise BriefingError("only an actor has a name, role and affiliation")
    name = _one_line(name, "an actor's name")
    role, affiliation = " ".join(role.split()), " ".join(affiliation.split())
    if (name, role, affiliation) == (actor.name, actor.role, actor.affiliation):
        return
    if name != actor.name and actor.name not in actor.aliases:
        actor.aliases.append(actor.name)
    actor.name, actor.role, actor.affiliation = name, role, affiliation
    actor.edited = True


def set_quote_speaker(brief: Brief, path: ItemPath, speaker: str) -> None:
    _set_line(brief, path, Quote, "speaker", speaker, "a quote's speaker", "only a quote has a speaker")


def set_issue_name(brief: Brief, path: ItemPath, name: str) -> None:
    _set_line(brief, path, Issue, "name", name, "an issue's name", "only an issue has a name to change")


def delete_item(brief: Brief, path: ItemPath) -> None:
    container(brief, path).pop(path[-1])


def move_item(brief: Brief, path: ItemPath, step: int) -> ItemPath:
    """Swap the item with its neighbour `step` away; the item's new path."""
    items = container(brief, path)
    target = path[-1] + step
    if not 0 <= target < len(items):
        raise BriefingError("the item cannot move further")
    items[path[-1]], items[target] = items[target], items[path[-1]]
    return path[:-1] + (target,)


# --- carrying edits into a recomposed brief -------------------------------------------------
def _cited(brief: Brief, citations: list[Citation]) -> frozenset[tuple[str, int]]:
    """Citations as (document content, sentence): source ids are renumbered by each compose."""
    sha = {s.id: s.sha256 or s.path for s in brief.sources}
    return frozenset((sha.get(c.source, c.source), c.sentence) for c in citations)


def _walk(brief: Brief):
    for section in brief.sections:
        yield from section.statements
        yield from section.actors
        for issue in section.issues:
            yield issue
            yield from issue.statements
        yield from section.events
        yield from section.quotes
        for item in section.items:
            yield from item.statements


def carry_edits(old: Brief, new: Brief) -> int:
    """Apply `old`'s edits to the same items in `new` (a recompose from changed inputs): a
    statement, event or quote is the one citing most of the same sentences, an actor the one with
    the same name (or the edited one's former name), an issue when it shares a statement or its
    name. Returns how many edits were carried; the others' items are no longer in the brief."""
    carried = 0
    fresh = list(_walk(new))
    for before in _walk(old):
        if not getattr(before, "edited", False):
            continue
        after = _counterpart(old, before, new, fresh)
        if after is None:
            continue
        if isinstance(before, Statement):
            after.text = before.text
        elif isinstance(before, Event):
            after.date, after.date_text = before.date, before.date_text
        elif isinstance(before, Quote):
            after.speaker = before.speaker
        elif isinstance(before, Actor):
            after.aliases = list(dict.fromkeys([*after.aliases, *before.aliases, after.name]))
            after.aliases = [a for a in after.aliases if a != before.name]
            after.name, after.role, after.affiliation = before.name, before.role, before.affiliation
        elif isinstance(before, Issue):
            after.name = before.name
        after.edited = True
        carried += 1
    return carried


def _counterpart(old: Brief, before: Any, new: Brief, fresh: list[Any]) -> Any:
    kind = type(before)
    candidates = [x for x in fresh if type(x) is kind]
    if isinstance(before, Actor):
        names = {before.name, *before.aliases}
        return next((x for x in candidates if x.name in names), None)
    if isinstance(before, Issue):
        shared = _cited(old, [c for s in before.statements for c in s.citations])
        return next((x for x in candidates
                     if shared & _cited(new, [c for s in x.statements for c in s.citations])), None) \
            or next((x for x in candidates if x.name == before.name), None)
    # the one that cites most of the same sentences, and the fewest others: a statement several
    # documents tell keeps its edit when one of them is added or left out (and cited or not)
    wanted = _cited(old, before.citations)
    scored = [(len(got & wanted), -len(got - wanted), x) for x in candidates
              for got in [_cited(new, x.citations)] if got & wanted]
    return max(scored, key=lambda t: t[:2])[2] if scored else None
