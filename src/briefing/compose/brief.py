"""Compose a brief section by section under a template."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable
from functools import cached_property

from briefing.analysis import analyse
from briefing.analysis.beside import Ahead
from briefing.analysis.collector import collector_paused
from briefing.compose.actors import actors_section
from briefing.compose.context import ComposeContext
from briefing.compose.contradictions import contradictions_section
from briefing.compose.issues import issue_phrases, issues_section
from briefing.compose.quotes import quotes_section
from briefing.compose.statement_ranking import SECTIONS, RankingWeights, corpus_features, corpus_text_features
from briefing.compose.statements import background_section, outlook_section, summary_section
from briefing.compose.timeline import timeline_section
from briefing.compose.title import brief_title
from briefing.model import Brief, CancelFlag, Corpus, CorpusFacts, Figure, Progress, Section, Source
from briefing.model.progress import Job
from briefing.templates import SectionSpec, Template

SectionBuilder = Callable[[ComposeContext, SectionSpec], Section]
# Sections are built in this order whatever their order in the template: the bottom line takes
# the story's main news first, background and outlook then take what explains it and what comes
# next from the sentences left (leaving to the conflicting reports a sentence only it can show a
# version by), the conflicting reports show each version by a sentence no section shows yet where
# they can, and the open issues avoid what the other sections show. The open issues stay last:
# letting them choose their matters first (built right after the bottom line, their sentences
# marked used; or reserving two sentences of each of their first 2-10 matters, as a ban or as a
# cost of 0.5-2 to background and outlook) lowered issue coverage and precision and background
# or outlook coverage on the eight labelled sets, fitted and held out: a matter that cannot keep
# two sentences of its own is mostly a weak one, and the matters it lets in crowd out better ones.
# Nor does the outlook lose the story's pending matters to them: of the outlook's first 40
# candidates on the fifteen visible sets, those the open issues show when the brief has no outlook
# are gold outlook items .35 of the time on the labelled sets and .15 on the unseen BBC topics,
# against .29 and .29 of the others; the outlook built after the open issues gained one unseen topic
# an item and cost the labelled sets' issue coverage .860 -> .823 (fitted), besides repeats.
BUILDERS: dict[str, SectionBuilder] = {
    "actors": actors_section,
    "quotes": quotes_section,
    "timeline": timeline_section,
    "summary": summary_section,
    "background": background_section,
    "outlook": outlook_section,
    "contradictions": contradictions_section,
    "issues": issues_section,
    "sources": lambda ctx, spec: Section("sources", spec.title),
}


def created_timestamp() -> str:
    """Now, or SOURCE_DATE_EPOCH where set, so that builds can be reproduced byte for byte."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    when = dt.datetime.fromtimestamp(int(epoch), dt.timezone.utc) if epoch and epoch.isdigit() \
        else dt.datetime.now(dt.timezone.utc).replace(microsecond=0)
    return when.isoformat()


def make_sources(corpus: Corpus, flags: dict[int, list[str]], excluded: dict[str, list[str]]) -> list[Source]:
    return [Source(id=f"S{i}", title=d.title, path=d.path, outlet=d.outlet, published=d.published,
                   words=d.words, sha256=d.sha256, flags=sorted(set(d.flags) | set(flags.get(i - 1, []))),
                   headings=[h.title for h in d.headings], excluded_headings=excluded.get(d.id, []),
                   date_source=d.date_source, author=d.author, url=d.url,
                   title_generated=d.title_generated)
            for i, d in enumerate(corpus.documents, 1)]


# The sections that read no conflicting report (the first in BUILDERS' order), built while the
# analysis's third process finds them; then what reads neither (Sections.prepare: the open issues'
# pile and ranked candidates, the title), and the sections before the conflicting reports' own,
# which wait for the reports where they first read one (ComposeContext.contradictions): what they
# do before that, and the rest, are done where this process had waited with a core idle while the
# third finished alone (200 BBC politics articles: 0.05-0.08 s of the one-core tail after it).
NO_CONFLICTS_READ = frozenset({"actors", "quotes", "timeline"})


def compose_brief(corpus: Corpus, template: Template, options: dict[str, str],
                  excluded: dict[str, list[str]], cancel: CancelFlag) -> Job[Brief]:
    made: list[tuple[CorpusFacts, ComposeContext]] = []
    ahead = work_ahead(corpus, template, made)
    early: list[Sections] = []

    def while_conflicts_found(facts: CorpusFacts, conflicts: Callable[[], None]) -> None:
        sections = Sections(corpus, facts, template, ahead=ahead, prepared=made[0][1] if made else None)
        early.append(sections)
        sections.ctx.await_conflicts = conflicts
        sections.build_while(lambda kind: kind in NO_CONFLICTS_READ)
        sections.prepare(title=not (options.get("title") or template.defaults.get("title")))
        sections.build_while(lambda kind: kind != "contradictions")

    if ahead is not None:
        ahead.waiting = while_conflicts_found
    try:
        with collector_paused():
            facts = yield from analyse(corpus, cancel, ahead)
            return (yield from compose_from_facts(corpus, facts, template, options, excluded, cancel,
                                                  ahead=ahead, prepared=made[0][1] if made else None,
                                                  begun=early[0] if early else None))
    finally:
        if ahead is not None:
            ahead.cancel()


# What the sections work out from facts that need no actors: the analysis does it beside the
# actors (in its second process, on a large corpus), in this order, the order the sections
# need it in (BUILDERS); what is marked "here" (True) it does in this process once it has found
# the actors, while its third process finds the conflicting reports.
# The ranking features are done here: in the second process, after the facts and before the key
# phrases, they made that process's chain (then the open issues here) the longest of the build
# on 200 BBC politics articles, and on the whole BBC corpus this process waited 1.2 s for the
# conflicting reports before working them out itself. Most of their work reads the sentences
# alone (corpus_text_features): done first, while the second process finds the facts.
# What every context of the corpus shares (ComposeContext.SHARED: word stems, idf, ...) is
# worked out here too, beside the features, before this process waits for the conflicting
# reports: the context the brief takes it over from (take_worked_out) keeps it, where it was
# worked out when a section first asked, with nothing running beside it (0.1 s of the BBC corpus,
# 0.03 s of 200 politics articles).
# The sentences' topicality and centrality, shared too, come from the second process, which needs
# them for the open issues' phrases, as soon as it has found the facts they read (the corroborated
# groups, the flags): worked out again here, they took this process 0.025 s of 200 politics articles.
AHEAD: dict[str, tuple[set[str], bool, Callable[[ComposeContext], object]]] = {
    "central": (set(SECTIONS) | {"issues"}, False, ComposeContext.central_scores),
    "features": (set(SECTIONS), True, corpus_features),      # the prose sections' ranking features
    "shared": (set(SECTIONS) | {"issues"}, True, ComposeContext.work_out_shared),   # kept in the context
    "keyphrases": ({"issues"}, False, issue_phrases),        # the open issues' phrases, weighed
}


def work_ahead(corpus: Corpus, template: Template,
               made: list[tuple[CorpusFacts, ComposeContext]] | None = None) -> Ahead | None:
    """The work AHEAD lists that the template's sections need; `made` gets the context it works
    in, in this process, once it has made one."""
    kinds = {s.kind for s in template.sections if s.enabled}
    wanted = {name: (here, work) for name, (users, here, work) in AHEAD.items() if users & kinds}
    if not wanted:
        return None
    made = [] if made is None else made

    def context(free: CorpusFacts) -> ComposeContext:
        """One context for every part, so that what they share (centrality) is worked out once."""
        if not made or made[0][0] is not free:
            made[:] = [(free, ComposeContext(corpus, free, template))]
        return made[0][1]

    def part(work: Callable[[ComposeContext], object]) -> Callable[[CorpusFacts], object]:
        return lambda free: work(context(free))

    def part_here(work: Callable[[ComposeContext], object]) -> Callable[[CorpusFacts], object]:
        def run(free: CorpusFacts) -> object:
            ctx = context(free)
            if "central" in wanted:
                ctx.take_central_scores(ahead.result("central"))
            return work(ctx)
        return run

    # most of the features' work reads the sentences alone: done while the facts are found
    first = (lambda: corpus_text_features(corpus),) if "features" in wanted else ()
    ahead = Ahead(here={name: part_here(work) for name, (here, work) in wanted.items() if here}, first=first,
                  **{name: part(work) for name, (here, work) in wanted.items() if not here})
    return ahead


class Sections:
    """The sections of one brief, built one by one in BUILDERS' order in one context."""

    def __init__(self, corpus: Corpus, facts: CorpusFacts, template: Template,
                 weights: RankingWeights | None = None, ahead: Ahead | None = None,
                 prepared: ComposeContext | None = None) -> None:
        self.ctx = ComposeContext(corpus, facts, template, weights=weights, ahead=ahead)
        if prepared is not None:
            self.ctx.take_worked_out(prepared)
        self.specs = [s for s in template.sections if s.enabled]
        self.order = sorted(range(len(self.specs)), key=lambda i: list(BUILDERS).index(self.specs[i].kind)
                            if self.specs[i].kind in BUILDERS else len(BUILDERS))
        self.built: dict[int, Section] = {}

    def build(self, i: int) -> None:
        """Build the i-th section of the template's, if not built yet."""
        if i not in self.built:
            spec = self.specs[i]
            builder = BUILDERS.get(spec.kind)
            self.built[i] = builder(self.ctx, spec) if builder else Section(spec.kind, spec.title)
            self.ctx.show(self.built[i])

    def prepare(self, title: bool = True) -> None:
        """Work out now what reads no section nor conflicting report: the open issues' pile and
        their ranked candidates, where the template has them, and with `title` the brief's title."""
        if any(spec.kind == "issues" for spec in self.specs):
            _ = self.ctx.issues_pile.ranked      # kept by the context
        if title:
            _ = self.title

    @cached_property
    def title(self) -> str:
        """The title a brief takes where none is given, made from the corpus and its actors."""
        return brief_title(self.ctx.corpus, self.ctx.facts.actors)

    def build_while(self, wanted: Callable[[str], bool]) -> None:
        """Build the sections in order as long as their kind is `wanted`."""
        for i in self.order:
            if not wanted(self.specs[i].kind):
                return
            self.build(i)


def compose_from_facts(corpus: Corpus, facts: CorpusFacts, template: Template, options: dict[str, str],
                       excluded: dict[str, list[str]], cancel: CancelFlag,
                       weights: RankingWeights | None = None, ahead: Ahead | None = None,
                       prepared: ComposeContext | None = None, begun: Sections | None = None) -> Job[Brief]:
    """The brief from analysed facts; `weights` replaces the prose sections' fitted ranking
    weights (benchmarks/ranking_fit.py scores a set with weights fitted on the others);
    `ahead`, where given, has worked out what AHEAD lists (compose_brief), and `prepared` is
    the context it did so in here, whose centrality and word statistics are taken; `begun`, the
    sections built already, on these facts, while the conflicting reports were being found."""
    sections = begun or Sections(corpus, facts, template, weights=weights, ahead=ahead, prepared=prepared)
    specs = sections.specs
    for done, i in enumerate(sections.order):
        cancel.check()
        yield Progress(done, len(specs), f"Writing {specs[i].title}")
        sections.build(i)
    built = sections.built
    defaults = {**template.defaults, **{k: v for k, v in options.items() if v}}
    title = defaults.get("title") or sections.title
    yield Progress(len(specs), len(specs), "Composed")
    return Brief(title=title, subtitle=defaults.get("subtitle", ""), author=defaults.get("author", ""),
                 marking=defaults.get("marking", ""), created=created_timestamp(),
                 template_name=template.name, template_version=template.version,
                 sources=make_sources(corpus, facts.doc_flags, excluded),
                 sections=[built[i] for i in range(len(specs))],
                 figures=[Figure(f.kind, f.section, f.place, f.title) for f in template.figures
                          if any(s.kind == f.section for s in specs)])
