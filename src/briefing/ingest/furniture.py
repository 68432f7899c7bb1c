"""Page furniture in extracted text: navigation, counters, credits, captions, bylines.

Such lines are flagged and kept out of sentences, so that no statement ever quotes them.
Only web and print conventions live here, nothing about any topic.
"""

from __future__ import annotations

import re

from briefing.ingest.sentences import SENTENCE_OPENERS, _is_abbreviation_end
from briefing.word_frequency import zipf

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
# "Alyssa Chen is a reporter with …", "Clark Boyd is technology correspondent for …" (not "Mr X is a
# wonderful writer and …", which is an opinion about someone)
BYLINE_BIO = re.compile(
    r"^(?!(?:Mr|Mrs|Ms|Dr|Sir)\b)[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,3}\s+is\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}"
    r"(reporter|correspondent|writer|journalist|editor|contributor|columnist|producer|commentator)"
    r"(?:\s+(?:with|for|at|of|on|based|in)\b|[.,]|$)")
BYLINE = re.compile(r"^(by|written by|reporting by|edited by)\s+[A-Z][\w.'’-]+(\s+[A-Z][\w.'’-]+){0,3}\s*$",
                    re.IGNORECASE)
# A caption ends in a photo credit: ". Yonhap", ". Reuters/Alamy", ". Getty Images", "AP Photo."
CREDIT_TAIL = re.compile(r"([.!?][”\"’)]?)\s+([A-Z][\w&]*(?:[-/][A-Z][\w&]*)*(?:\s+[A-Z][\w&]*){0,2})\.?\s*$")
TERMINAL_SENTENCE = re.compile(r"\w{3,}[.!?]$")   # "Watch the debate." is prose, "Watch" a button
CREDIT_WORDS = frozenset("""photo photos image images pictures picture file getty ap afp reuters epa pa
xinhua yonhap bloomberg alamy shutterstock""".split())
COMMON_WORD_ZIPF = 4.0    # wordfreq Zipf value above which a word is ordinary English, not a credit
MONTH = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
         r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")
# A line that is only a date (and time): "Published 3 May 2025, 10:32 GMT", "Oct. 31, 2025".
DATE_LINE = re.compile(
    r"^(?:(?:first |last )?(?:published|posted|updated|modified|date)d?\s*(?:on|at)?\s*:?\s*)?"
    r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s*)?"
    r"(?:\d{1,2}(?:st|nd|rd|th)?\s+" + MONTH + r",?(?:\s+\d{4})?|" + MONTH + r"\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?"
    r"|\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}/\d{2,4})"
    r"(?:[,\s]+(?:at\s+)?\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?(?:\s*[A-Z]{2,4})?)?\.?$", re.IGNORECASE)
# "Read more about the vote", "See also: …", "Click here to …": links dressed as sentences
LINK_LINE = re.compile(r"^(read more|read also|read next|see also|more on this|click here|tap here|"
                       r"continue reading|watch|listen|share (this|on|via|with)|follow us|sign up|subscribe)\b",
                       re.IGNORECASE)
# Labels web pages put before captions and credits: "Image caption Protesters …", "Media caption …"
MEDIA_LABEL = re.compile(r"^(image|media|photo|picture|video)\s+(caption|copyright|source|credit)\b", re.IGNORECASE)
LINK_LINE_MAX_WORDS = 15
PHOTO_BY = re.compile(r"^\(?(photo|photograph|image|picture|video)s?\s*(by|courtesy of|credit|:)", re.IGNORECASE)
# A short line closing on a credit in brackets: "… in Seoul on Monday. (AP Photo/Ahn Young-joon)"
CREDIT_IN_BRACKETS = re.compile(r"\((?:[^()]{0,40}\b(?:photo|image|picture|file|credit)\b[^()]{0,40}|"
                                r"(?:AP|AFP|EPA|Reuters|Getty Images|Yonhap|Xinhua|PA|Bloomberg)"
                                r"(?:[/ ][^()]{0,40})?)\)\s*$", re.IGNORECASE)
CAPTION_MAX_WORDS = 45
COPYRIGHT_LINE = re.compile(r"^(?:©|\(c\)\s|copyright\s*(?:©|\(c\)|\d{4}))", re.IGNORECASE)
SHUTTERSTOCK_LIKE = re.compile(r"\b(shutterstock|getty images|alamy|istock|adobe stock)\b", re.IGNORECASE)


def is_credit_caption(line: str) -> bool:
    """A short picture caption closing on its credit: "… in Gyeongju, Oct. 31. Yonhap"."""
    m = CREDIT_TAIL.search(line)
    if not m or len(line.split()) > CAPTION_MAX_WORDS:
        return False
    before = line[:m.start(1) + 1]
    if len(before.split()) < 5 or _is_abbreviation_end(before, m.group(2)):
        return False
    tail = m.group(2)
    words = tail.split()
    if len(words) > 3 or any(w.lower() in SENTENCE_OPENERS for w in words):
        return False
    # a credit is an agency or a photographer: a compound ("Reuters/Alamy", "Yonhap-AFP"), a known
    # agency, or names too rare to be an ordinary word ("Nonsense." and "American" are not credits)
    return ("/" in tail or "-" in tail or any(w.lower().strip(".") in CREDIT_WORDS for w in words)
            or all(zipf(w) < COMMON_WORD_ZIPF for w in words))


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
    if not any(ch.isalpha() for ch in text):
        return "figures"              # "27,595", "3-1", "2019": table cells and scores, not prose
    if MEDIA_LABEL.match(text):
        return "caption"
    if PREFIXES.match(text) or PHOTO_BY.match(text) or (COPYRIGHT_LINE.match(text) and len(text.split()) <= 20):
        return "credit"
    words = len(text.split())
    if LINK_LINE.match(text) and words <= LINK_LINE_MAX_WORDS and not TERMINAL_SENTENCE.search(text):
        return "navigation"
    if words <= 12 and DATE_LINE.match(text):
        return "dateline"
    if words <= CAPTION_MAX_WORDS and CREDIT_IN_BRACKETS.search(text):
        return "caption"
    if BYLINE.match(text):
        return "byline"
    if BYLINE_BIO.match(text):
        return "bio"                  # furniture only where bios go: at the end (see structure)
    if SHUTTERSTOCK_LIKE.search(text) and len(text.split()) < 25:
        return "credit"
    if is_credit_caption(text):
        return "caption"
    return None
