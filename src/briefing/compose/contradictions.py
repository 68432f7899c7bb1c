"""The conflicting-reports section: each version of a disputed figure, time or claim, cited.

Each version is shown by one sentence stating it, preferring one no earlier section showed (a
reader should meet each sentence once); the sentences shown are recorded (in_contradictions), so
that the open issues, built next, show others. A sentence that cannot stand alone is shown with its
neighbour: a heading-like fragment ("10:23 p.m.") with the sentence it heads, a sentence
opening on "He" or "This", or going on with a quotation the sentence before brought in, with the
sentence before it, a denial of only "the allegations" with the quotation after it.
"""

from __future__ import annotations

import re

from briefing.analysis.account_conflicts import denial_object
from briefing.compose.context import MIN_WORDS, ComposeContext
from briefing.model import Contradiction, Section, SentenceRef, Statement
from briefing.templates import SectionSpec

DEFAULT_ITEMS = 5
QUOTE_OPENING = re.compile(r"\s*[“\"]")
# "It said ...", "It comes after ...": shown alone, a version opening on "It" leaves the reader
# asking what it is, so it leans back here as well as where ComposeContext.points_back says so
# (which leaves "It" to the empty subject of "It is expected that ...")
IT_OPENING = re.compile(r"\s*It\b")
# "But he denied that ...", "However, it says ...": a contrast before the pronoun leans back as the
# pronoun alone does (a closed class of English openers)
CONTRAST_PRONOUN = re.compile(r"\s*(?:But|However|And|Yet|Still)\b,?\s+(?:he|she|they|it|this|these|those)\b")


def leans_back(ctx: ComposeContext, ref: SentenceRef) -> bool:
    """The sentence, as a statement shows it (no wire dateline), points back to one before it."""
    shown = ctx.text(ref)[ctx.leads.get(ref, 0):]
    return ctx.points_back(ref) or bool(IT_OPENING.match(shown) or CONTRAST_PRONOUN.match(shown)) \
        or goes_on_quoting(ctx, ref)


def goes_on_quoting(ctx: ComposeContext, ref: SentenceRef) -> bool:
    """The sentence goes on with a quotation the sentence before brought in and did not close ('Ann
    Vale told the radio: "There has been a lot of spin. "The law is clear.'): shown alone, it would
    not say whose words they are. Not where the sentence before opens on the quotation too: it
    would not say whose either."""
    before = ctx.neighbour(ref, -1)
    if before is None or not QUOTE_OPENING.match(ctx.text(ref)):
        return False
    text = ctx.text(before)
    return not QUOTE_OPENING.match(text) and (text.count('"') % 2 == 1 or text.count("“") > text.count("”"))


def said_elsewhere(ctx: ComposeContext, ref: SentenceRef) -> bool:
    """The sentence, or one saying the same, is already shown in another section."""
    return ctx.among(ref, ctx.used) or ctx.among(ref, ctx.shown)


def run_of(ctx: ComposeContext, ref: SentenceRef) -> list[SentenceRef]:
    """The sentences to show for `ref`: itself, after the sentence it points back to, or before
    the sentence it heads."""
    if leans_back(ctx, ref) and (before := ctx.neighbour(ref, -1)) and not leans_back(ctx, before):
        return [before, ref]
    if len(ctx.text(ref).split()) < MIN_WORDS and (after := ctx.neighbour(ref, 1)):
        return [ref, after]
    return [ref]


def with_own_words(ctx: ComposeContext, ref: SentenceRef) -> list[SentenceRef] | None:
    """A denial of only "the allegations" or "that quote", with the quotation that follows it in
    its report (the denier's own words say what is denied), else None."""
    after = ctx.neighbour(ref, 1)
    if after is None or not QUOTE_OPENING.match(ctx.text(after)):
        return None
    denied = denial_object(ctx.text(ref))
    return [ref, after] if denied and denied[1] else None


def whole(ctx: ComposeContext, run: list[SentenceRef], spec: SectionSpec) -> bool:
    """The run reads as whole sentences: its last is whole and the run is not too long."""
    words = sum(len(ctx.text(r).split()) for r in run)
    return ctx.usable(run[-1], spec.max_words) and words <= (spec.max_words or 70) + MIN_WORDS


def pick_version(ctx: ComposeContext, side: list[SentenceRef], spec: SectionSpec,
                 shown: set[SentenceRef]) -> list[SentenceRef] | None:
    """The sentences to show for one version: a whole one standing alone and not shown
    elsewhere if the side has one, else a whole one, else one with its neighbour, else any
    sentence of some length."""
    options = [r for r in side if r in ctx.words and r not in shown]
    for r in options:
        run = with_own_words(ctx, r)
        if run and whole(ctx, run, spec) and not shown & set(run) and not said_elsewhere(ctx, run[1]):
            return run
    for test in (lambda r: ctx.usable(r, spec.max_words) and not leans_back(ctx, r) and not said_elsewhere(ctx, r),
                 lambda r: ctx.usable(r, spec.max_words) and not leans_back(ctx, r)):
        found = next((r for r in options if test(r)), None)
        if found is not None:
            return [found]
    for r in options:
        run = run_of(ctx, r)
        if len(run) > 1 and whole(ctx, run, spec) and not shown & set(run):
            return run
    found = next((r for r in options if len(ctx.text(r).split()) >= MIN_WORDS), None)
    return [found] if found is not None else None


def leave_to_other_sections(ctx: ComposeContext, picked: list[tuple[list[SentenceRef], list[SentenceRef]]],
                            sources: int) -> list[tuple[list[SentenceRef], list[SentenceRef]]]:
    """Versions another section already shows in the same sentence are left to it (the topic
    still names them), the last first, while the item keeps two versions from as many sources."""
    kept = list(picked)
    for version in reversed(picked):
        rest = [v for v in kept if v is not version]
        if any(said_elsewhere(ctx, r) for r in version[0]) and len(rest) >= 2 \
                and len({run[0].doc for run, _ in rest}) >= sources:
            kept = rest
    return kept


def version_statement(ctx: ComposeContext, run: list[SentenceRef], side: list[SentenceRef]) -> Statement:
    """The version's sentences, verbatim, cited to their source and then to the other sources
    stating the same version (one sentence of each)."""
    others: dict[int, SentenceRef] = {}
    for r in side:
        if r.doc != run[0].doc and r in ctx.words:
            others.setdefault(r.doc, r)
    return ctx.run_statement(run, list(others.values()))


def contradictions_section(ctx: ComposeContext, spec: SectionSpec) -> Section:
    limit = spec.max_items or DEFAULT_ITEMS
    items = []
    shown: set[SentenceRef] = set()
    for fact in ctx.contradictions():
        sides = fact.sides or [[r] for r in fact.refs]
        picked = []
        for side in sides:
            run = pick_version(ctx, side, spec, shown)
            if run is not None:
                picked.append((run, side))
                shown.update(run)
        # two versions at least, from as many sources as the finding has (a report may give a
        # claim and its denial itself)
        sources = min(2, len({r.doc for side in sides for r in side}))
        if len(picked) < 2 or len({run[0].doc for run, _ in picked}) < sources:
            for run, _ in picked:
                shown.difference_update(run)
            continue
        picked = leave_to_other_sections(ctx, picked, sources)
        ctx.in_contradictions.update(r for run, _ in picked for r in run)
        items.append(Contradiction(fact.topic, [version_statement(ctx, run, side) for run, side in picked]))
        if len(items) >= limit:
            break
    return Section(spec.kind, spec.title, items=items)
