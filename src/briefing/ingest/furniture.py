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
    r"^[\[(]?(read more|read also|see also|related|photo courtesy|photo credit|photo|image|image source|"
    r"file photo|file picture|file image|pictured|"
    r"credit|credits|source|sources|caption|click here|follow us|sign up|subscribe|copyright|©)\b\s*[:|-]",
    re.IGNORECASE)
COUNTER = re.compile(r"^[\w\s’'&-]{1,60}\(\d[\d,]*\s+(articles?|stories|links?|sources?|comments?|"
                     r"items?|results?|posts?|updates?)\)\s*$", re.IGNORECASE)
BARE_BYLINE = frozenset({"by", "written by", "words by", "story by"})   # the names follow on lines of their own
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
    r"|" + MONTH + r",?\s+\d{4}"
    r"|\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}/\d{2,4})"
    r"(?:[,\s]+(?:at\s+)?\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?(?:\s*[A-Z]{2,4})?)?\.?$", re.IGNORECASE)
# "Read more about the vote", "See also: …", "Click here to …": links dressed as sentences
LINK_LINE = re.compile(r"^[\[(]?(read more|read also|read next|see also|more on this|click here|tap here|"
                       r"continue reading|(?:the\s+)?(?:story|article)\s+continues|watch|listen|share (this|on|via|with)|follow us|"
    r"sign up|subscribe)\b",
                       re.IGNORECASE)
# Labels web pages put before captions and credits: "Image caption Protesters …", "Media caption …"
MEDIA_LABEL = re.compile(r"^(image|media|photo|picture|video)\s+(caption|copyright|source|credit)\b", re.IGNORECASE)
LINK_LINE_MAX_WORDS = 15
PHOTO_BY = re.compile(r"^\(?(photo|photograph|image|picture|video)s?\s*(by|courtesy of|credit|:)", re.IGNORECASE)
# A short line closing on a credit in brackets: "… in Seoul on Monday. (AP Photo/Ahn Young-joon)"
CREDIT_IN_BRACKETS = re.compile(r"\((?:[^()]{0,40}\b(?:photo|image|picture|file|credit)\b[^()]{0,40}|"
                                r"(?:AP|AFP|EPA|Reuters|Getty Images|Yonhap|Xinhua|PA|Bloomberg)"
                                r"(?:\s*[/:]\s*[^()]{1,60}|\s[^()]{0,40})?)\)\s*$", re.IGNORECASE)
CAPTION_MAX_WORDS = 45
CREDIT_TAIL_CHARS = 140        # a closing credit, with the sentence end before it, fits in this
COPYRIGHT_LINE = re.compile(r"^(?:©|\(c\)\s|copyright\s*(?:©|\(c\)|\d{4}))", re.IGNORECASE)
SHUTTERSTOCK_LIKE = re.compile(r"\b(shutterstock|getty images|alamy|istock|adobe stock)\b", re.IGNORECASE)
PICTURE_PREFIX = re.compile(r"^[\[(]?(?:file\s+)?(?:photo|image|picture|pictured|caption)", re.IGNORECASE)
# A slideshow caption opens on its counter: "3 of 12 | Crowds gather in the square …"
SLIDESHOW_COUNTER = re.compile(r"^\d{1,3}\s+of\s+\d{1,3}\s*[|:•·–—-]")
# A caption names its picture: "This handout photo taken on …", "In this image provided by …",
# "A file photo shows …". Prose about a picture ("A photo on the website showed …") names no
# handout, file or "this", and goes on differently.
CAPTION_OPENER = re.compile(
    r"^(?:in\s+)?(?:this|these|an?|the)?\s*(?:(?:handout|file|undated|aerial|combination|composite|"
    r"video|satellite|pool)\s+)*(?:photo(?:graph)?s?|images?|pictures?|screengrabs?|screenshots?|stills?|grabs?)\s+"
    r"(?:taken|provided|released|made\s+available|obtained|distributed|shows?|showing|dated|courtesy)\b",
    re.IGNORECASE)
CAPTION_OPENER_DEMONSTRATIVE = re.compile(r"^(?:in\s+)?th(?:is|ese)\b|\b(?:handout|file|undated)\b", re.IGNORECASE)
_NAME = r"[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,3}"
# A caption that closes on its credit without brackets: "… Photo by Jane Roe/Agency",
# "… AGENCY/ Jane Roe/File Photo", "… Photo: Jane Roe".
CREDIT_END = re.compile(
    r"(?:^|[.!?][”\"’)]?\s*)(?:(?i:photo(?:graph)?s?|pictures?|images?)\s*(?:(?i:by|courtesy(?:\s+of)?)\s+|:\s*)"
    r"[^.!?]{2,60}|[A-Z]{2,}\s*/\s*" + _NAME + r"(?:\s*/\s*(?i:file\s+)?(?i:photo|picture|image))?"
    r"|\S+\s*/\s*(?i:file\s+)?(?i:photo|picture|image))\.?\s*$")
# "… survivors continues. Newspaper.com Creator: Aid Group" : an image credit label after the caption
CREDIT_LABEL = re.compile(r"[.!?]\s+(?:\S+\s+){0,3}(?i:photo\s+)?(?i:credits?|creator|photographer|courtesy)\s*:\s*\S")
# A wire story's sign-off: "(Reporting by Jane Roe; Editing by John Doe)"
SIGN_OFF = re.compile(r"^\(?(?:(?:additional|further)\s+)?(?:reporting|writing|editing|compiled|produced|"
                      r"research|graphics|fact[\s-]?checking)\s+by\b[^()]{0,200}\)?\.?$", re.IGNORECASE)
# "This article was originally published by … and is reprinted with permission.", "A version
# of this story appeared in …": a note on where the text comes from, not news.
REPRINT_NOTE = re.compile(
    r"^(?:this|an?\s+(?:earlier\s+|shorter\s+|longer\s+)?version\s+of\s+this)\s+(?:article|story|post|piece|"
    r"report|column|interview)\s+(?:(?:was|is|has|been|first|originally|also)\s+)*"
    r"(?:published|appeared|ran|reprinted|republished|syndicated|updated|corrected|amended)\b", re.IGNORECASE)
# Calls to the reader to do something on the site, whatever the punctuation: "Click here to …",
# "Follow us on …", "Sign up to receive …", "Get our morning newsletter".
CALL_TO_ACTION = re.compile(
    r"^(?:(?:click|tap)\s+(?:here|to\s+(?:start|listen|read|watch|play|view))\b"
    r"|(?:follow|subscribe|sign[\s-]?up|join|download|get|receive)\b.{0,60}?\b(?:us|our|newsletters?|app|"
    r"channel|alerts|inbox|receive)\b)", re.IGNORECASE)
CALL_TO_ACTION_MAX_WORDS = 25
# A sign-up form's small print speaks to "you" about "our" terms: "By submitting, you agree to our …"
FORM_PRINT = re.compile(r"\b(?:you\s+agree\s+to|by\s+(?:submitting|providing\s+your)\b|(?:msg|message)\s+(?:&|and)\s+data\s+rates|reply\s+stop\b)",
                        re.IGNORECASE)
# A listing note under a story: "The final will be shown on Example TV at 2000 GMT." (a channel and a
# time of day; "will be shown at a festival" is news)
BROADCAST_NOTE = re.compile(
    r"^(?:[-*•]\s+)?[^.!?]{3,100}\b(?:will\s+be|is\s+being|is\s+to\s+be|are\s+being)\s+(?:shown|broadcast|televised|"
    r"screened|aired)(?:\s+live)?\s+on\s+[A-Z0-9][^.!?]{0,60}?\b(?:at\s+)?\d{1,2}(?:[:.]?\d{2})\s*(?:GMT|BST|UTC|CET|ET|PT|"
    r"[ap]\.?m\.?)(?:\s+on\s+\w+(?:\s+\d{1,2}(?:\s+\w+)?)?)?\.?$", re.IGNORECASE)
BROADCAST_NOTE_MAX_WORDS = 25
# "3 hours ago", "5 mins ago": when a linked story was posted
TIME_AGO = re.compile(r"^(?:updated\s+|posted\s+)?(?:\d{1,3}|an?)\s+(?:sec(?:ond)?s?|mins?|minutes?|hours?|hrs?|"
                      r"days?|weeks?|months?)\s+ago\.?$|^\d{1,3}[\s-]*min(?:ute)?s?\s+read$", re.IGNORECASE)
# "Contact the reporter at jane.roe@example.com", a bare address: how to reach the page, not news
CONTACT_OR_ADDRESS = re.compile(r"\S+@\S+\.[a-z]{2,}|^(?:https?://|www\.)\S+$", re.IGNORECASE)
CONTACT_MAX_WORDS = 12
# A line of a reference list: "Roe, J. K., Doe, A., & Poe, B. (2022). Title. Journal, 12, 345."
REFERENCE_ENTRY = re.compile(r"^[A-Z][\w'’-]+,\s+(?:[A-Z]\.\s*){1,3}(?:,|&|and\b|\()")
REFERENCE_YEAR = re.compile(r"\((?:19|20)\d\d[a-z]?\)|\b(?:19|20)\d\d[a-z]?\.")
COPYRIGHT_INSIDE = re.compile(r"©\s*(?:19|20)\d\d")
COPYRIGHT_MAX_WORDS = 12
# A picture's file name ("IMG_0412.jpg") or a content hash left by an image widget
MEDIA_FILE = re.compile(r"\.(?:jpe?g|png|gif|webp|svg|tiff?|heic|mp4)\b|\b(?=[a-z]*\d)(?=\d*[a-z])[a-z\d]{16,}\b",
                        re.IGNORECASE)
MEDIA_FILE_MAX_WORDS = 6
# A short line that is only a label for what follows: "Key points:", "Filed under:", "Date:"
LABEL_MAX_WORDS = 3


def is_credit_caption(line: str) -> bool:
    """A short picture caption closing on its credit: "… in Gyeongju, Oct. 31. Yonhap"."""
    if len(line.split()) > CAPTION_MAX_WORDS:       # before the regex: a long paragraph is no caption
        return False
    m = CREDIT_TAIL.search(line)
    if not m:
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


FULL_DATE = re.compile(r"\b(?:(?:" + MONTH + r")\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{1,2}(?:st|nd|rd|th)?\s+(?:"
                       + MONTH + r"),?\s+\d{4}|\d{4}-\d{2}-\d{2})\b", re.IGNORECASE)
TIME_OF_DAY = re.compile(r"\b\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?\b", re.IGNORECASE)
DATE_AFTER_SEPARATOR = re.compile(r"(?:[-|–—,]|\b(?:published|posted|updated))\s*(?:\w+day,?\s*)?$", re.IGNORECASE)
NAME_TOKEN = re.compile(r"^(?:[A-Z@(\[]|\W+$)")


def is_outlet_date_line(text: str) -> bool:
    """An outlet or author name beside a full date, nothing else: "- The Daily Example - Monday,
    3 May 2025", "NEWS, 3 May 2025", "Jane Roe (@janeroe) Published May 3, 2025 | 11:00 AM"."""
    date = FULL_DATE.search(text)
    if TERMINAL_SENTENCE.search(text) or not date:
        return False
    if date.start() and not DATE_AFTER_SEPARATOR.search(text[:date.start()]):
        return False             # "Storm Hits Coast on 3 May 2025" is a headline, not a date line
    rest = TIME_OF_DAY.sub(" ", FULL_DATE.sub(" ", text))
    rest = re.sub(r"\b(?:published|posted|updated|on|at|by|the|of|and)\b", " ", rest, flags=re.IGNORECASE)
    return all(NAME_TOKEN.match(t) for t in rest.split())


def opens_caption(text: str) -> bool:
    """The line starts a caption of its own (a counter, "This handout photo …", "Photo: …"), so
    the line above it is not part of it."""
    return bool(SLIDESHOW_COUNTER.match(text) or PICTURE_PREFIX.match(text) or
                CAPTION_OPENER.match(text) and CAPTION_OPENER_DEMONSTRATIVE.search(text[:40]))


def is_caption(text: str, words: int) -> bool:
    """A picture caption: a slideshow counter, a caption's own opening, or a closing credit."""
    if SLIDESHOW_COUNTER.match(text):
        return True
    if words > CAPTION_MAX_WORDS:
        return False
    if CAPTION_OPENER.match(text) and CAPTION_OPENER_DEMONSTRATIVE.search(text[:40]):
        return True
    tail = max(0, len(text) - CREDIT_TAIL_CHARS)     # credits close the line: look at its end only
    return bool(CREDIT_IN_BRACKETS.search(text, tail) or CREDIT_END.search(text, tail)
                or ":" in text and CREDIT_LABEL.search(text))


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
    if PHOTO_BY.match(text):
        return "caption"
    if PREFIXES.match(text) or (COPYRIGHT_LINE.match(text) and len(text.split()) <= 20):
        return "caption" if PICTURE_PREFIX.match(text) else "credit"
    words = len(text.split())
    if LINK_LINE.match(text) and words <= LINK_LINE_MAX_WORDS and not TERMINAL_SENTENCE.search(text):
        return "navigation"
    if CALL_TO_ACTION.match(text) and words <= CALL_TO_ACTION_MAX_WORDS:
        return "prompt"
    if ("you" in text or "data" in text or "STOP" in text) and FORM_PRINT.search(text) and \
            '"' not in text and "“" not in text:
        return "prompt"
    if words <= 12 and (DATE_LINE.match(text) or TIME_AGO.match(text) or is_outlet_date_line(text)):
        return "dateline"
    if words <= BROADCAST_NOTE_MAX_WORDS and BROADCAST_NOTE.match(text):
        return "listing"
    if words <= LABEL_MAX_WORDS and text.endswith(":"):
        return "label"
    if is_caption(text, words):
        return "caption"
    if BYLINE.match(text) or SIGN_OFF.match(text) or folded in BARE_BYLINE:
        return "byline"
    if REPRINT_NOTE.match(text):
        return "credit"
    if REFERENCE_ENTRY.match(text) and REFERENCE_YEAR.search(text):
        return "reference"
    if words <= COPYRIGHT_MAX_WORDS and COPYRIGHT_INSIDE.search(text):
        return "credit"
    if words <= CONTACT_MAX_WORDS and ("@" in text or "/" in text or "www" in text) and CONTACT_OR_ADDRESS.search(text):
        return "contact"
    if words <= MEDIA_FILE_MAX_WORDS and MEDIA_FILE.search(text):
        return "media"
    if BYLINE_BIO.match(text):
        return "bio"                  # furniture only where bios go: at the end (see structure)
    if words < 25 and SHUTTERSTOCK_LIKE.search(text):
        return "caption"              # a picture agency's credit, with or without its caption
    if is_credit_caption(text):
        return "caption"
    return None


# --- furniture inside or around a paragraph -------------------------------------------------

# Headings of reference matter: what follows them up to the next heading is no news.
REFERENCE_HEADINGS = frozenset("""references|sources|bibliography|notes|footnotes|endnotes|further reading|
external links|see also|citations|works cited|literature|related stories|related articles|
more stories|most read|most popular""".replace("\n", "").split("|"))


def is_reference_heading(title: str) -> bool:
    return title.strip().casefold().rstrip(":").strip() in REFERENCE_HEADINGS


def folded_words(text: str) -> list[str]:
    return re.findall(r"\w+", text.casefold())


TITLE_REPEAT_TAIL_WORDS = 15    # words after a repeated headline that are its caption or credit


def repeats_title(line: str, title: str, heading: list[str] | None = None) -> bool:
    """The line is the headline again, or opens on it and goes on only with a short unpunctuated
    tail (a caption or credit under a picture of the story: "<headline> Jane Roe, Minister, Agency").
    `heading` may give the title's folded words, worked out once per document."""
    heading = folded_words(title) if heading is None else heading
    if not heading or not line.lstrip(" \"“‘'")[:len(heading[0]) + 2].casefold().startswith(heading[0]):
        return False
    words = folded_words(line)
    if words[:len(heading)] != heading:
        return False
    rest = words[len(heading):]
    return not rest or (len(rest) <= TITLE_REPEAT_TAIL_WORDS and not re.search(r"[.!?][”\"’')\]]*$", line.strip()))


# "…overturned it.By Jane Roe": a byline glued to the last sentence by the extraction
GLUED_BYLINE = re.compile(r"[.!?][”\"’)]?(By\s+[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3})\s*$")

# Wire datelines that open a story's first paragraph: "SEOUL, Dec. 7 (UPI) — ", "BANGKOK (AP) — ",
# "(CNN) — ", "May 19 (Reuters) - ", "New Delhi, Mar 29: ", "29 Mar 2025 – ",
# "Seoul, (Agency - Site - 6th Dec, 2024) ", "Seoul, Dec 4 (Agency) ".
_DAY_DATE = (r"(?:" + MONTH + r"\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)?\s+" + MONTH + r")(?:,?\s+\d{4})?")
_CAPS_PLACE = r"[A-Z][A-Z.'’-]+(?:\s+[A-Z][A-Z.'’-]+){0,3}"
_PLACE = r"[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3}"
_BRACKET = r"\((?P<agency>[^()\n]{1,80})\)"
_DASH = r"(?:--|[-—–|])"
WIRE_DATELINES = [re.compile(p) for p in (
    # all-capitals place, optional region and date, optional agency, then a dash or colon
    r"^" + _CAPS_PLACE + r"(?:,\s*" + _PLACE + r")??(?:,\s*(?i:" + _DAY_DATE + r"))?\s*(?:" + _BRACKET + r")?\s*(?:"
    + _DASH + r"|:)\s+",
    # a place and a date, then an agency, a dash or a colon
    r"^" + _PLACE + r"(?:,\s*" + _PLACE + r")?,\s*(?i:" + _DAY_DATE + r")\s*(?:" + _BRACKET + r"\s*(?:" + _DASH
    + r"\s+)?|(?:" + _DASH + r"|:)\s+)",
    # an agency in brackets after a place or date (or alone), then a dash
    r"^(?:(?:" + _PLACE + r"|(?i:" + _DAY_DATE + r")),?\s*)?" + _BRACKET + r"\s*" + _DASH + r"\s+",
    # a place and an agency note that carries the date, without a dash
    r"^" + _PLACE + r",?\s*\((?P<agency>[^()\n]{1,80}\b(?:19|20)\d\d)\)\s*",
    # a date alone, then a dash
    r"^(?i:" + _DAY_DATE + r")\s*" + _DASH + r"\s+",
)]
AGENCY_WORDS = 4                 # "(Reuters)", "(AP)", "(Example News Agency)": a name, not an aside
DATELINE_MAX_CHARS = 120         # a dateline ends within this many characters
DATELINE_MIN_REST = 40           # characters of sentence that must follow a dateline


def wire_dateline_length(paragraph: str) -> int:
    """Length of the wire dateline that opens `paragraph` (0 if none): the sentence starts after it."""
    if not paragraph[:1].isupper() and not paragraph[:1].isdigit() and paragraph[:1] != "(":
        return 0
    head = paragraph[:DATELINE_MAX_CHARS]
    if "(" not in head and ":" not in head and "|" not in head and "—" not in head and "–" not in head \
            and " -" not in head:
        return 0                 # no bracket, colon or dash near the start: no dateline
    for pattern in WIRE_DATELINES:
        m = pattern.match(paragraph)
        if not m:
            continue
        agency = m.groupdict().get("agency")
        if agency and len(agency.split()) > AGENCY_WORDS and not re.search(r"\b(?:19|20)\d\d\b", agency):
            continue             # "(which it denies)": an aside in brackets, not an agency
        rest = paragraph[m.end():]
        if len(rest) >= DATELINE_MIN_REST and re.match(r"[\"“‘'A-Z0-9]", rest):
            return m.end()
    return 0


# A list item's bullet: the item's sentence starts after it ("- The vote is on Friday.")
LIST_MARKER = re.compile(r"[-*•–—]\s+(?=[\"“‘'A-Z0-9])")


def list_marker_length(paragraph: str) -> int:
    """Length of the bullet that opens `paragraph` (0 if none)."""
    m = LIST_MARKER.match(paragraph)
    return m.end() if m else 0


# Run-in headlines: a Title Case headline glued to the first sentence of its paragraph by the
# extraction ("Talks Resume With Rivals In a statement, the ministry said …"). Prose does not
# capitalise small words in mid-sentence, so a capitalised "With" or "In" there marks a headline.
TITLE_SMALL_WORDS = frozenset("""a an the and or but nor of in on at to for with by from as into onto over
under after before amid against about via vs this that these those its""".split())
SENTENCE_OPENERS_AFTER_HEADLINE = frozenset("""the a an in on at as after before both while when during since
amid despite following according by for from with its their his her this these those it he she they we
but meanwhile however earlier later officials""".split())
# Capitalised small words that proper names rarely hold ("Bank Of X", "Lord Of The Y" do hold
# "of", "the", "and", "for"), so that two of them in one capitalised run make it a headline.
HEADLINE_TELLS = frozenset("with to in on at this these amid over after before into against about as".split())
RUN_IN_MIN_WORDS = 4             # a headline is at least this long
RUN_IN_MAX_WORDS = 25            # and the capitalised run is looked for in this many words
RUN_IN_SMALL_CAPS = 2            # capitalised small words that make a run a headline without an opener
TOKEN = re.compile(r"\S+")


def run_in_headline_length(paragraph: str) -> int:
    """Where the first sentence starts after a run-in headline (0 if there is none).

    The headline ends before a sentence opener ("The", "In", "Both" …) that follows a
    capitalised word and is followed by lower-case words only. Without such an opener, a run
    holding several capitalised small words ("… Talks With Rivals This Week Foreign Minister Jane
    Roe said …") is a headline up to the word after its last small word, where the sentence's
    named subject begins.
    """
    tokens: list[re.Match] = []
    stop = None
    for m in TOKEN.finditer(paragraph):
        if len(tokens) == RUN_IN_MAX_WORDS:
            return 0
        word = m.group().strip("\"“”‘’'(),:;")
        if word and word[0].islower() and word.casefold() not in TITLE_SMALL_WORDS:
            stop = len(tokens)
            break
        if m.group()[-1] in ".!?:;,":
            return 0                 # punctuation inside the run: a sentence, not a glued headline
        tokens.append(m)
    if stop is None or stop <= RUN_IN_MIN_WORDS:
        return 0
    run = [t.group() for t in tokens[:stop]]
    if sum(not w[0].isupper() and not w[0].isdigit() for w in run) > 1:
        return 0                     # more than one lower-case word: prose, not Title Case
    k = stop - 1
    while k > 0 and run[k][0].islower():
        k -= 1                       # "In a | separate": the small words the sentence opens on
    if k >= RUN_IN_MIN_WORDS and run[k].casefold() in SENTENCE_OPENERS_AFTER_HEADLINE and run[k - 1][0].isupper():
        return tokens[k].start()
    small = [k for k in range(1, stop) if run[k][0].isupper() and run[k].casefold() in HEADLINE_TELLS]
    if len(small) >= RUN_IN_SMALL_CAPS:
        subject = small[-1] + 2
        if RUN_IN_MIN_WORDS <= subject <= stop - 2:
            return tokens[subject].start()
    return 0


# Link labels that pages put inside sentences ("Example Corp (opens in a new window) said …"): a
# sentence holding one cannot be quoted as written. (Markup left in a sentence is the source's
# own text and stays: the sentence is still cited as written.)
INLINE_UI = re.compile(r",?\s*\(?\b(?:opens?\s+(?:in\s+)?(?:a\s+)?new\s+(?:tab|window)|link\s+is\s+external|"
                       r"external\s+link)\b\)?", re.IGNORECASE)


def inline_furniture(sentence: str, offset: int) -> list[tuple[int, int]]:
    """Spans (shifted by `offset`) of page furniture inside a sentence."""
    folded = sentence.lower()     # the labels' words are rare in prose: most texts stop here
    if "new tab" not in folded and "new window" not in folded and "external" not in folded:
        return []
    return [(offset + m.start(), offset + m.end()) for m in INLINE_UI.finditer(sentence)]
