"""Furniture audit without gold: every statement and quote the briefs in a folder show, flagged
where it may not be a reporter's or speaker's prose sentence, tabulated by class and brief.

Run by hand over briefs built to JSON (`briefing build PILE -o OUT/name.json --format json`):
    python benchmarks/furniture_audit.py OUT [--list CLASS ...]
The classes are cues for a reader, not verdicts: "download" in a sentence about music sales is
prose, so read the listed lines before writing a rule from them. A line flagged in two briefs
built by two trees shows what a rule changed.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

CLASSES = {
    "promotion": re.compile(r"\b(?:listen|watch|click|send (?:us )?(?:your )?(?:comments|views)|have your say|tell us|"
                            r"e-?mail us|your comments|read (?:more|the full)|sign up|subscribe|newsletter)\b", re.I),
    "address": re.compile(r"https?://|www\.|^story from\b", re.I),
    "markup": re.compile(r"</?[a-zA-Z][a-zA-Z0-9]*(?:\s+[a-zA-Z-]+=[\"'][^\"'<>]*[\"'])*\s*/?>"),
    "caption": re.compile(r"\b(?:pictured|picture:|photo(?:graph)? (?:by|courtesy)|getty images|file photo|caption)\b", re.I),
    "byline": re.compile(r"^(?:by|reported by|written by)\s+[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3}\s*$"
                         r"|\b(?:correspondent|reporter|editor)\s*$", re.I),
    # a reader's comment signed "Name, Town"
    "signature": re.compile(r"(?:^|[.!?\"”]\s*)[A-Z][a-z]+(?:\s+[A-Z][a-z'-]+){0,3},\s+[A-Z][\w ]+"
                            r"(?:,\s*[A-Z][\w ]+)?\s*$"),
    "list item": re.compile(r"^\s*(?:[-*•–—]\s|\d{1,2}[.)]\s)"),
    "editor's note": re.compile(r"^(?:editor'?s? note|note:|correction:|update:|this (?:article|story) (?:was|has))",
                                re.I),
    "listing": re.compile(r"\b(?:shown|broadcast|televised|screened|aired) (?:live )?on .{0,40}\d{1,2}[:.]?\d{2}\s*"
                          r"(?:GMT|BST|[ap]m)\b", re.I),
}
SENTENCE_END = re.compile(r"[.!?…][”\"’')\]]*$|[”\"]$")
HEADLINE_RUN = re.compile(r"^(?:[A-Z0-9‘'][\w'’-]*[:]?\s+){5,}")    # five capitalised words: a headline?


def shown_items(node, kind: str | None = None) -> list[tuple[str, str, str]]:
    """(section kind or "quote", speaker, text) of every cited item under `node`."""
    out: list[tuple[str, str, str]] = []
    if isinstance(node, dict):
        kind = node.get("kind", kind)
        if "text" in node and "citations" in node:
            out.append(("quote" if "speaker" in node else kind or "", node.get("speaker", ""), node["text"]))
        for value in node.values():
            out += shown_items(value, kind)
    elif isinstance(node, list):
        for value in node:
            out += shown_items(value, kind)
    return out


def classes_of(kind: str, text: str) -> list[str]:
    text = text.strip()
    found = [name for name, pattern in CLASSES.items() if pattern.search(text)]
    letters = [c for c in text if c.isalpha()]
    if len(letters) > 8 and sum(c.isupper() for c in letters) / len(letters) > 0.6:
        found.append("all capitals")
    if not SENTENCE_END.search(text) and not text.endswith(","):
        found.append("no sentence end")
    if text[:1].islower():
        found.append("fragment" if kind == "quote" else "opens in lower case")
    if kind != "quote" and HEADLINE_RUN.match(text) and text.rstrip().endswith("?"):
        found.append("headline")
    return found


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__, file=sys.stderr)
        return 2
    folder = Path(argv[0])
    wanted = set(argv[argv.index("--list") + 1:]) if "--list" in argv else set()
    table: dict[str, Counter] = defaultdict(Counter)
    total = 0
    for path in sorted(folder.glob("*.json")):
        seen: set[str] = set()
        for kind, speaker, text in shown_items(json.loads(path.read_text(encoding="utf-8"))["sections"]):
            if text in seen:
                continue
            seen.add(text)
            total += 1
            found = classes_of(kind, text)
            for name in found:
                table[name][path.stem] += 1
            if wanted & set(found):
                print(f"{path.stem}\t{kind}\t{','.join(found)}\t{speaker}\t{' '.join(text.split())[:300]}")
    print(f"{total} items shown")
    for name, counts in sorted(table.items(), key=lambda kv: -sum(kv[1].values())):
        print(f"{name:20} {sum(counts.values()):4}  " + " ".join(f"{k}:{v}" for k, v in counts.most_common(6)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
