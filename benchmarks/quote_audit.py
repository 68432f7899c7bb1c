"""Every quotation of a pile with the speaker the analysis gives it, for checking extraction and
attribution on unlabelled articles (not only the quotes a brief shows): each quotation of at least
four words, its speaker or why it has none, and the words around it to judge by:

- speaker: the actor its words are given to;
- unknown: a reporting clause names someone who is no actor ("a resident said", "the minutes
  added"), so nobody's;
- dropped: a speaker was found but the quotation is left out (it names its speaker, is too short
  or a title);
- none: no reporting clause, colon, run of quotations or sentence before gives a speaker.

Piles are BBC articles sharing a headline word, named CATEGORY:WORD (`politics:election`: up to
12 files of ../shared/corpora/bbc-news/news/politics whose name holds the word), or folders and
files. Run by hand: `python benchmarks/quote_audit.py politics:election sport:injury [--all]`;
without `--all` only the quotations with no speaker are listed. The last line counts them by cause.
Comparing two trees: run it with PYTHONPATH set to each `src` and diff the outputs.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import briefing.analysis.quotes as quotes_module
from briefing.analysis import analyse
from briefing.analysis.actors import actor_index
from briefing.model import run_to_end
from briefing.services.pipeline import Selection, ingest

ROOT = Path(__file__).resolve().parents[1]
BBC = ROOT.parent / "shared" / "corpora" / "bbc-news" / "news"
PILE_FILES = 12
MIN_WORDS = 4            # the shortest gold quote fragment
CONTEXT = 160            # characters shown before a quotation


def pile(name: str) -> list[Path]:
    """The files a pile name stands for: CATEGORY:WORD in the BBC corpus, or a folder or a file."""
    if ":" in name and not Path(name).exists():
        category, word = name.split(":", 1)
        return sorted(p for p in (BBC / category).glob("*.txt") if word in p.stem.split("-"))[:PILE_FILES]
    path = Path(name)
    return sorted(path.rglob("*.txt")) if path.is_dir() else [path]


def audit(paths: list[Path]) -> list[tuple[str, str, str]]:
    """(cause, speaker, words around) for every quotation of the pile, in document order."""
    corpus = Selection().corpus(run_to_end(ingest(paths)).documents)
    facts = run_to_end(analyse(corpus))
    found: dict[tuple[int, int], object] = {}
    spoken = quotes_module._speaker

    def recording(ctx, span, *args, **kwargs):      # the attribution of every span, kept or not
        attribution = spoken(ctx, span, *args, **kwargs)
        found[(id(ctx.document), span.start)] = attribution
        return attribution

    quotes_module._speaker = recording
    try:
        index = actor_index(corpus)
        quotes_module.quotations(corpus, index, set(index.kinds))
    finally:
        quotes_module._speaker = spoken
    rows = []
    for number, document in enumerate(corpus.documents):
        kept = [q for q in facts.quotes if q.ref.doc == number]
        text = document.text
        for span in quotes_module.quotation_spans(text):
            if len(text[span.start:span.end].split()) < MIN_WORDS:
                continue
            around = text[max(0, span.open_mark - CONTEXT):span.end + 1].replace("\n", " ¶ ")
            quote = next((q for q in kept if q.start <= span.start < q.end), None)
            attribution = found.get((id(document), span.start))
            if quote is not None:
                rows.append(("speaker", quote.speaker, around))
            elif attribution is not None and attribution.speaker:
                rows.append(("dropped", attribution.speaker, around))
            elif attribution is not None and attribution.found:
                rows.append(("unknown", "", around))
            else:
                rows.append(("none", "", around))
    return rows


def main(argv: list[str]) -> int:
    names = [a for a in argv if not a.startswith("-")]
    if not names:
        print(__doc__)
        return 1
    causes: Counter[str] = Counter()
    for name in names:
        paths = pile(name)
        if not paths:
            print(f"quote_audit: no files for {name}", file=sys.stderr)
            return 1
        print(f"--- {name} ({len(paths)} files)")
        for cause, speaker, around in audit(paths):
            causes[cause] += 1
            if cause != "speaker" or "--all" in argv:
                print(f"  [{cause}] {speaker} | {around}")
    print("quotations by cause: " + ", ".join(f"{cause} {n}" for cause, n in causes.most_common()))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
