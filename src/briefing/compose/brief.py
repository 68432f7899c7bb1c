"""Compose a brief section by section under a template (a first, simple composer)."""

from __future__ import annotations

import datetime as dt
import os
import re
from collections import Counter
from math import log

from briefing.model import (
    Brief,
    CancelFlag,
    Citation,
    Corpus,
    Progress,
    Section,
    SentenceRef,
    Source,
    Statement,
)
from briefing.model.progress import Job
from briefing.templates import Template

WORD = re.compile(r"[^\W\d_]{3,}")


def created_timestamp() -> str:
    """Now, or SOURCE_DATE_EPOCH where set, so that builds can be reproduced byte for byte."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    when = dt.datetime.fromtimestamp(int(epoch), dt.timezone.utc) if epoch and epoch.isdigit() \
        else dt.datetime.now(dt.timezone.utc).replace(microsecond=0)
    return when.isoformat()


def make_sources(corpus: Corpus, excluded: dict[str, list[str]]) -> list[Source]:
    return [Source(id=f"S{i}", title=d.title, path=d.path, outlet=d.outlet, published=d.published,
                   words=d.words, sha256=d.sha256, flags=list(d.flags),
                   headings=[h.title for h in d.headings], excluded_headings=excluded.get(d.id, []))
            for i, d in enumerate(corpus.documents, 1)]


def citation(corpus: Corpus, ref: SentenceRef) -> Citation:
    s = corpus.sentence(ref)
    return Citation(f"S{ref.doc + 1}", s.index, s.start, s.end)


def central_sentences(corpus: Corpus, limit: int) -> list[SentenceRef]:
    """The sentences whose words recur most across documents (a first ranking)."""
    doc_freq: Counter[str] = Counter()
    for sentences in corpus.sentences:
        doc_freq.update({w.lower() for s in sentences for w in WORD.findall(s.text)})
    n = len(corpus.documents)
    scored = []
    for ref in corpus.refs():
        words = {w.lower() for w in WORD.findall(corpus.sentence(ref).text)}
        if len(words) < 6:
            continue
        score = sum(log(1 + doc_freq[w]) for w in words if doc_freq[w] > 1 or n == 1) / (len(words) ** 0.5)
        scored.append((-score, ref))
    scored.sort()
    return [ref for _, ref in scored[:limit]]


def compose_brief(corpus: Corpus, template: Template, options: dict[str, str],
                  excluded: dict[str, list[str]], cancel: CancelFlag) -> Job[Brief]:
    defaults = {**template.defaults, **{k: v for k, v in options.items() if v}}
    yield Progress(0, 1, "Composing")
    cancel.check()
    sections = []
    for spec in template.sections:
        if not spec.enabled:
            continue
        section = Section(spec.kind, spec.title)
        if spec.kind == "summary":
            section.statements = [Statement(corpus.sentence(r).text, [citation(corpus, r)])
                                  for r in central_sentences(corpus, spec.max_items or 5)]
        sections.append(section)
    title = defaults.get("title") or (corpus.documents[0].title if len(corpus.documents) == 1 else "Briefing")
    brief = Brief(title=title, subtitle=defaults.get("subtitle", ""), author=defaults.get("author", ""),
                  marking=defaults.get("marking", ""), created=created_timestamp(),
                  template_name=template.name, template_version=template.version,
                  sources=make_sources(corpus, excluded), sections=sections)
    yield Progress(1, 1, "Composed")
    return brief
