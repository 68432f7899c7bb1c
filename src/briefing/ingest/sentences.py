"""Our own sentence splitter: fast, table-tested, and aware of news-text habits.

It knows abbreviations (Mr., Gen., Oct., No.), initials (J. R. Harwick), dotted acronyms
(U.S., U.N.), decimals and figures (3.5%, $1.2bn), closing quotes and brackets after the full
stop, and does not cut inside a quotation that closes later in the same paragraph.
Spans are character offsets into the text given, so `text[start:end]` is the sentence.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

# Words that end in a full stop without ending the sentence. Lower-cased, without the dot.
ABBREVIATIONS = frozenset("""
mr mrs ms messrs dr prof gen lt col maj capt cpt sgt adm cmdr gov sen rep rev fr hon pres supt insp
st mt ft jr sr vs v etc al approx est
inc corp ltd co bros dept univ assn
""".split())
# Abbreviations only when a number follows ("No. 1", "Art. 5", "Vol. II"); otherwise plain words.
BEFORE_NUMBERS = frozenset("no nos fig figs vol vols pp ch sec art para".split())
NUMBER_NEXT = re.compile(r"[\d(]|[IVXLC]+\b")
# Months are abbreviated before a day or a year ("Oct. 31", "Dec. 2004"); before a word the stop
# ends the sentence ("Sales peaked in Nov. Prices fell", a name "... and Dec. She won ...").
MONTHS = frozenset("jan feb mar apr jun jul aug sep sept oct nov dec".split())
# Abbreviations after which a capitalised word still starts a new sentence when it is a common
# sentence opener ("... in the U.S. The plan ...").
SENTENCE_OPENERS = frozenset("""
the a an he she it they we i this that these those there his her its their but and so yet
however meanwhile in on at for if when while after before as since although mr mrs ms dr
""".split())

# Abbreviations that end a name ("Harwick Inc.", "et al.") and so often a sentence, and the
# capitalised words that then open the next one though a title could follow an abbreviation
# elsewhere ("... renamed Harwick Inc. Former chief executive Ann Pell ...").
ENDS_OF_NAMES = frozenset("inc corp ltd co al bros jr sr".split())
OPENERS_AFTER_A_NAME = frozenset("former one some many last earlier later also only both".split())

# A quotation this long or shorter stays in one sentence ("It is over. We go home now."); longer
# quoted passages are split like any text. About three sentences of news prose.
MAX_QUOTE_CHARS = 400
WORD_WINDOW = 80      # characters before a full stop searched for the word it ends
OPEN_QUOTES = "\"“‘«"
CLOSE_QUOTES = "\"”’»'"
CLOSERS = CLOSE_QUOTES + ")]}"
# A candidate end: terminal punctuation, optional closers, whitespace, then what may start a
# sentence (capital, digit, opening quote or bracket).
# Reference marks ("grew.[1] Exports") stay with the sentence they close. A match starts only at
# the first mark of a run (no mark before the one it opens on), so a line of ten thousand dots is
# one try, not ten thousand; opening on the class of marks, not on that look behind, the pattern
# lets the regex engine skip to the next mark instead of trying every place (4 times faster).
CANDIDATE = re.compile(r"([.!?…](?<![.!?…][.!?…])[.!?…]*)((?:[" + re.escape(CLOSERS) + r"]|\[\d{1,3}\])*)(\s+)"
                       r"(?=[\"“‘«(\[A-Z0-9À-ÖØ-Þ])")
# What a word before a stop is made of besides letters and digits (regex [\w.'’\u00ad-]): the soft
# hyphen of a web page's hyphenation too, or "cho\u00adsen." would end in "sen.", read as Senator's.
WORD_MARKS = "_.'’-\u00ad"
DOTTED_ACRONYM = re.compile(r"^(?:[A-Za-z]\.){2,}$")
INITIAL = re.compile(r"^[A-Z]$")
NEXT_WORD = re.compile(r"[\"“‘(]*([\w’']+)")     # the word after a full stop, past opening marks


def word_before(text: str) -> str:
    """The run of letters, digits and WORD_MARKS that ends `text` (or ends it but for a final
    newline): "U.S." in "… in the U.S.", "" if there is none. What the regex ([\\w.'’\\u00ad-]+)$ finds, by
    a scan back from the end: the regex engine tried the class at every place before it."""
    end = len(text) - 1 if text.endswith("\n") else len(text)
    start = end
    while start and (text[start - 1].isalnum() or text[start - 1] in WORD_MARKS):   # str.isalnum: \w less "_"
        start -= 1
    return text[start:end]


def _is_abbreviation_end(before: str, after: str) -> bool:
    """True when the full stop ending `before` belongs to an abbreviation, not to the sentence."""
    token = word_before(before)
    if not token:
        return False
    word = token.rstrip(".")
    next_word = NEXT_WORD.match(after)
    # "A." or "I." is one more initial ("Colm P. A. Ravensby"), not the article or the pronoun
    opener = next_word is not None and next_word.group(1).lower() in SENTENCE_OPENERS \
        and not (len(next_word.group(1)) == 1 and after[next_word.end():next_word.end() + 1] == ".")
    if DOTTED_ACRONYM.match(token):                 # U.S. / U.N. / e.g.
        return not opener
    if INITIAL.match(word):                         # "J. R. Harwick", "Kim K. Lee"
        # a capital joined on by "&" ends a name ("D&W", "R&B"), it is no one's initial
        return not opener and not before[:len(before) - len(token)].endswith("&")
    if word.lower() in BEFORE_NUMBERS:              # "No. 10" but "The answer was no. The vote …"
        return NUMBER_NEXT.match(after) is not None
    if word.lower() in MONTHS:
        return after[:1].isdigit()
    if word.lower() == "etc":                       # a list ends on it; no name follows it in a sentence
        return after.startswith("(")                # "... etc. (apart from ...)." goes on
    if len(word) > 1 and word.isupper() and not (next_word and len(next_word.group(1)) > 1
                                                 and next_word.group(1).isupper()):
        return False                                # "the CO.": an acronym, but "MR. HARWICK RESIGNS"
    if word.lower() in ABBREVIATIONS:
        opens = opener or (next_word is not None and next_word.group(1).lower() in OPENERS_AFTER_A_NAME)
        return not (opens and word.lower() in ENDS_OF_NAMES)
    return False


def _opens(paragraph: str, i: int) -> bool:
    """Whether the quotation mark at `i` opens a quotation (straight quotes judged by neighbours)."""
    mark = paragraph[i]
    if mark in "“«":
        return True
    if mark in "”»":
        return False
    before = paragraph[i - 1] if i else " "
    after = paragraph[i + 1] if i + 1 < len(paragraph) else " "
    return (before.isspace() or before in "([{—–-/") and not after.isspace()


QUOTE_MARKS = '"“”«»'          # the marks _quote_closes_later looks back for


def _quote_closes_later(paragraph: str, pos: int) -> bool:
    """Inside a short quotation that opened before `pos` and closes after it in this paragraph.

    Judged from the nearest quotation mark on each side, not by counting marks, so that a
    paragraph continuing a quotation from the one before does not turn every sentence inside out.
    """
    window = max(0, pos - MAX_QUOTE_CHARS)     # an opening further back would be a long quotation
    before = max(paragraph.rfind(q, window, pos) for q in QUOTE_MARKS)
    if before < 0 or not _opens(paragraph, before):
        return False
    limit = min(len(paragraph), before + MAX_QUOTE_CHARS)
    after = [i for i in (paragraph.find(q, pos, limit) for q in '"”»') if i >= 0]
    return bool(after) and not _opens(paragraph, min(after))


def split_paragraph(paragraph: str, offset: int = 0) -> Iterator[tuple[int, int]]:
    """Yield (start, end) of each sentence in `paragraph`, shifted by `offset`."""
    start = 0
    length = len(paragraph)
    while start < length and paragraph[start].isspace():
        start += 1
    # without a quotation mark no stop is inside a quotation (most paragraphs of reporting)
    quoting = any(q in paragraph for q in QUOTE_MARKS)
    for m in CANDIDATE.finditer(paragraph):
        end = m.end(2)
        if end <= start:
            continue
        # the word before the stop is all we need; a bounded slice keeps huge paragraphs linear
        before = paragraph[max(start, m.start(1) - WORD_WINDOW):m.start(1) + 1] if m.group(1).startswith(".") else ""
        if m.group(1) == "." and not m.group(2) and _is_abbreviation_end(before, paragraph[m.end():m.end() + WORD_WINDOW]):
            continue
        if not m.group(2) and quoting and _quote_closes_later(paragraph, m.start(1)):
            continue
        yield offset + start, offset + end
        start = m.end()
    end = length
    while end > start and paragraph[end - 1].isspace():
        end -= 1
    if end > start:
        yield offset + start, offset + end


def continues_line(previous: str, line: str) -> bool:
    """`line` carries on the sentence of `previous` (a wrapped line), rather than starting anew."""
    first = line.lstrip()[:1]
    last = previous.rstrip()[-1:]
    return bool(first) and (first.islower() or last in ",;(–—-" or (last.isalpha() and last.islower()
                                                                    and first.isdigit()))


def paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each paragraph: non-blank lines, with wrapped continuation lines joined."""
    spans: list[tuple[int, int]] = []
    pos = 0
    previous = ""
    for line in text.splitlines(keepends=True):
        if line.strip():
            if spans and spans[-1][1] == pos and continues_line(previous, line):
                spans[-1] = (spans[-1][0], pos + len(line))
            else:
                spans.append((pos, pos + len(line)))
            previous = line
        else:
            previous = ""
        pos += len(line)
    return spans


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Spans of the sentences of `text`, one paragraph at a time."""
    spans: list[tuple[int, int]] = []
    for start, end in paragraphs(text):
        spans.extend(split_paragraph(text[start:end], start))
    return spans


REFERENCE_MARK = re.compile(r"\s*\[\d{1,3}\]")


def without_reference_marks(text: str) -> str:
    """The text without a source's own footnote marks ("grew [1][2]." -> "grew.")."""
    return REFERENCE_MARK.sub("", text) if "[" in text else text
