"""What the user types into a search box, as an FTS5 query that cannot be malformed.

Words must all occur; "quoted words" form a phrase; `word*` is a prefix; `OR` (in capitals)
between two words makes either do; `-word` leaves out documents with it. Every term is quoted for
FTS5, so no input (an unbalanced quote, a lone `*`, `AND(`, a colon) can be a syntax error.
Function words are dropped from a query that has other words: they occur in nearly every document,
find nothing the other words do not, and make the search slow.
"""

from __future__ import annotations

import re

# The query's pieces: a quoted phrase, or a run of anything but spaces and quotes.
PIECE = re.compile(r'(-?)"([^"]*)"?|(\S+)')
# A term as the index splits text (the unicode61 tokenizer: letters and digits).
TOKEN = re.compile(r"[^\W_]+")
# Closed classes of English: articles, prepositions, conjunctions, pronouns, auxiliaries.
FUNCTION_WORDS = frozenset("""
a an the and or but nor of in on at to for from by with about into onto over under as than
is are was were be been being am do does did have has had will would shall should can could
may might must it its this that these those he she they we you i me him her them us his their
our your my not no so if then there here what which who whom whose""".split())


def _terms(word: str, prefix: bool) -> str | None:
    """One typed word as an FTS5 term: quoted, a phrase where it holds several tokens ("U.S.")."""
    tokens = TOKEN.findall(word)
    if not tokens:
        return None
    return '"' + " ".join(tokens) + '"' + ("*" if prefix else "")


def fts_query(text: str, prefix_last: bool = False) -> str:
    """The FTS5 MATCH expression for `text`, or "" when it holds no word to look for."""
    positive: list[tuple[str, bool]] = []       # (term, is a function word)
    negative: list[str] = []
    either = False
    pieces = list(PIECE.finditer(text))
    for i, match in enumerate(pieces):
        minus, phrase, bare = match.groups()
        if phrase is not None:
            term = _terms(phrase, False)
            if term:
                (negative.append(term) if minus else positive.append((term, False)))
            continue
        if bare == "OR":
            either = bool(positive)
            continue
        last = i == len(pieces) - 1 and prefix_last and not text[-1:].isspace()
        exclude = bare.startswith("-") and len(bare) > 1
        word = bare[1:] if exclude else bare
        prefix = word.endswith("*") or last
        term = _terms(word.rstrip("*"), prefix)
        if not term:
            continue
        if exclude:
            negative.append(term)
            continue
        function_word = not prefix and word.lower() in FUNCTION_WORDS
        if either and positive:
            before, was_function = positive.pop()
            term, function_word = f"({before} OR {term})", was_function and function_word
        positive.append((term, function_word))
        either = False
    if any(not function_word for _, function_word in positive):
        positive = [p for p in positive if not p[1]]
    if not positive:
        return ""
    expression = " AND ".join(term for term, _ in positive)
    for term in negative:
        expression = f"({expression}) NOT {term}"
    return expression
