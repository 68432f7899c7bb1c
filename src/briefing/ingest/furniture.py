"""Page furniture in extracted text: navigation, counters, credits, captions, bylines.

Such lines are flagged and kept out of sentences, so that no statement ever quotes them.
Only web and print conventions live here, nothing about any topic.
"""

from __future__ import annotations

import re

from briefing.ingest.sentences import _is_abbreviation_end

# Whole lines that are site navigation or widgets (compared case-folded, trailing ":" dropped).
NAVIGATION_LINES = frozenset("""
top headlines|headlines|feeds|minority reports|unique coverage by outlet|home|menu|search|share|
share this|share this article|share on facebook|share on twitter|subscribe|sign in|sign up|log in|
login|register|advertisement|advertising|sponsored|sponsored content|related|related articles|
related stories|related content|read more|read next|more|more stories|more on this story|
print|email|comments|trending|most read|most popular|latest|latest news|skip to content|
skip to main content|back to top|next article|previous article|recommended|you may also like|
accept cookies|cookie settings|newsletter|follow us|tags|topics|watch|listen|video|photos|gallery
""".replace("\n", "").split("|"))
PREFIXES = re.compile(
    r"^(read more|read also|see also|related|photo courtesy|photo credit|photo|image|image source|"
    r"credit|credits|source|sources|caption|click here|follow us|sign up|subscribe|copyright|©)\b\s*[:|-]",
    re.IGNORECASE)
COUNTER = re.compile(r"^[\w\s’'&-]{1,60}\(\d[\d,]*\s+(articles?|stories|links?|sources?|comments?|"
                     r"items?|results?|posts?|updates?)\)\s*$", re.IGNORECASE)
BYLINE_BIO = re.compile(
    r"^[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,3}\s+is\s+an?\s+(?:[\w-]+\s+){0,3}"
    r"(reporter|correspondent|writer|journalist|editor|contributor|columnist|producer)\b")
BYLINE = re.compile(r"^(by|written by|reporting by|edited by)\s+[A-Z][\w.'’-]+(\s+[A-Z][\w.'’-]+){0,3}\s*$",
                    re.IGNORECASE)
# A caption ends in a photo credit: ". Yonhap", ". Reuters/Alamy", ". Getty Images", "AP Photo."
CREDIT_TAIL = re.compile(r"([.!?][”\"’)]?)\s+([A-Z][\w&]*(?:[-/][A-Z][\w&]*)*(?:\s+[A-Z][\w&]*){0,2})\.?\s*$")
CREDIT_WORDS = frozenset("photo photos image images pictures picture file getty ap afp reuters".split())
SHUTTERSTOCK_LIKE = re.compile(r"\b(shutterstock|getty images|alamy|istock|adobe stock)\b", re.IGNORECASE)


def is_credit_caption(line: str) -> bool:
    m = CREDIT_TAIL.search(line)
    if not m:
        return False
    before = line[:m.start(1) + 1]
    if len(before.split()) < 5 or _is_abbreviation_end(before, m.group(2)):
        return False
    tail = m.group(2).split()
    return len(tail) <= 3 and not any(w.lower() in {"he", "she", "it", "they", "we", "i"} for w in tail)


def furniture_kind(line: str) -> str | None:
    """What kind of furniture the line is, or None for body text or headings."""
    text = line.strip()
    if not text:
        return None
    folded = text.casefold().rstrip(":").strip()
    if folded in NAVIGATION_LINES:
        return "navigation"
    if COUNTER.match(text):
        return "navigation"
    if PREFIXES.match(text):
        return "credit"
    if BYLINE.match(text) or BYLINE_BIO.match(text):
        return "byline"
    if SHUTTERSTOCK_LIKE.search(text) and len(text.split()) < 25:
        return "credit"
    if is_credit_caption(text):
        return "caption"
    return None
