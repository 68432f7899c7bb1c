"""What a saved web page says about itself: title, publication date, outlet, author and address.

Read from the markup made for it (meta tags, schema.org JSON-LD, `<time>`, `<link rel=canonical>`);
where a page states no date there, htmldate looks at the rest of the markup and then the page's text.
"""

from __future__ import annotations

import json
import logging
import re
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

import htmldate
import htmldate.extractors
from lxml.html import HtmlElement

from briefing.ingest.dateline import parse_date
from briefing.ingest.metadata import HTML_META, PAGE_TEXT

log = logging.getLogger(__name__)

DATE_META = ("article:published_time", "og:published_time", "og:article:published_time",
             "datepublished", "date", "dc.date", "dc.date.issued", "dcterms.date", "dcterms.issued",
             "dcterms.created", "pubdate", "publishdate", "publish-date", "sailthru.date",
             "parsely-pub-date", "article.published", "citation_publication_date", "citation_date")
# Outlet names a page states for itself, most specific first (Open Graph, then schema.org, then others).
OUTLET_META = ("og:site_name", "application-name", "publisher", "dc.publisher", "dcterms.publisher",
               "citation_publisher", "article:publisher")
# A Twitter handle names the outlet's account: only used when nothing else names the outlet.
HANDLE_META = ("twitter:site", "twitter:app:name:iphone")
AUTHOR_META = ("author", "article:author", "dc.creator", "dcterms.creator", "citation_author", "byl",
               "parsely-author", "sailthru.author")
URL_META = ("og:url", "twitter:url")
TITLE_META = ("og:title", "twitter:title", "dc.title", "citation_title")
# "Headline | Outlet", "Headline - Outlet", "Outlet » Headline"
TITLE_PARTS = re.compile(r"\s+[|–—·»-]\s+|\s*::\s*")
MAX_OUTLET_WORDS = 6
MAX_OUTLET_EXTRA = 12        # letters a title part may add to the address's name ("The … Online")
MAX_NAME_CHARS = 100
ABSOLUTE_URL = re.compile(r"^https?://[^\s/]+\.[^\s/]+", re.IGNORECASE)
HOST = re.compile(r"^https?://(?:www\d?\.|m\.)?([^/:?#\s]+)", re.IGNORECASE)
# Latin letters that Unicode does not decompose into a base letter and an accent, as addresses spell them
UNDECOMPOSED = str.maketrans({"ł": "l", "ø": "o", "đ": "d", "ð": "d", "þ": "th", "ß": "ss", "æ": "ae", "œ": "oe",
                              "ı": "i"})
WEB_ADDRESS = re.compile(r"\bwww\.|https?:|\.(?:com|net|org|de)\b", re.IGNORECASE)  # a web agency, not an author
BYLINE_PREFIX = re.compile(r"^(?:by|von|par|por|di)\s+", re.IGNORECASE)
# htmldate's last resort when a page has no date at all is 1 January of its copyright year: a
# year is not a publication date, so that answer is not taken.
YEAR_ONLY = re.compile(r"-01-01$")


@dataclass
class PageMetadata:
    title: str | None = None        # the headline as the page's metadata states it
    page_title: str | None = None   # the <title> element, often "Headline | Outlet"
    published: str | None = None    # ISO date from markup made to date the page
    outlet: str | None = None
    handle: str | None = None       # the outlet's social-media account name: a last resort for its name
    author: str | None = None
    url: str | None = None          # the page's own address


def _clean(value: object) -> str:
    return " ".join(str(value).split())[:MAX_NAME_CHARS * 4] if isinstance(value, (str, int, float)) else ""


def _meta(tree: HtmlElement) -> dict[str, str]:
    """meta name/property/itemprop (lower-cased) -> content, first occurrence wins."""
    found: dict[str, str] = {}
    for node in tree.iter("meta"):
        key = (node.get("property") or node.get("name") or node.get("itemprop") or "").strip().lower()
        content = _clean(node.get("content") or "")
        if key and content and key not in found:
            found[key] = content
    return found


def _name_of(value: object, in_list: bool = False) -> str:
    """A schema.org Person/Organization (or list of them, or plain string) as a name."""
    if isinstance(value, list) and not in_list:        # a list of lists names no one
        names = [_name_of(v, True) for v in value[:5]]
        return ", ".join(n for n in names if n)
    if isinstance(value, dict):
        return _clean(value.get("name") or "")
    return _clean(value) if isinstance(value, str) else ""


def _linked_data(tree: HtmlElement) -> dict[str, str]:
    """headline, dates, publisher, author and url from schema.org JSON-LD, where the page has it."""
    found: dict[str, str] = {}
    for script in tree.iter("script"):
        if (script.get("type") or "").strip().lower() != "application/ld+json":
            continue
        try:
            data = json.loads(script.text or "")
        except (ValueError, RecursionError):
            continue
        for item in _json_ld_items(data):
            for key in ("headline", "datePublished", "dateCreated", "url"):
                if isinstance(item.get(key), str) and key not in found:
                    found[key] = _clean(item[key])
            for key in ("publisher", "author"):
                name = _name_of(item.get(key))
                if name and key not in found:
                    found[key] = name
            kind = item.get("@type")
            if (kind == "WebSite" or isinstance(kind, list) and "WebSite" in kind) and _name_of(item.get("name")):
                found.setdefault("site", _name_of(item.get("name")))
    return found


def _json_ld_items(data: object) -> list[dict]:
    """The objects of a JSON-LD script: itself or the members of its list, each followed by the
    members of its @graph. Anyone may have written it: values of any other shape are passed over."""
    items: list[dict] = []
    for item in data if isinstance(data, list) else [data]:
        if isinstance(item, dict):
            items.append(item)
            graph = item.get("@graph")
            items.extend(i for i in (graph if isinstance(graph, list) else [graph]) if isinstance(i, dict))
    return items


def _usable_name(value: str | None) -> str | None:
    """A name as a page states it, or None for addresses, handles of nothing, or run-on text."""
    if not value:
        return None
    value = value.strip().lstrip("@").strip()
    if not value or ABSOLUTE_URL.match(value) or len(value) > MAX_NAME_CHARS or not any(c.isalpha() for c in value):
        return None
    return value


def host_name(url: str | None) -> str | None:
    """'https://www.example-news.com/world/x' -> 'example-news.com'."""
    m = HOST.match(url or "")
    return m.group(1).lower().rstrip(".") if m else None


def _squash(text: str) -> str:
    """Letters and digits only, accents dropped: 'Klub Jagielloński' -> 'klubjagiellonski'."""
    return re.sub(r"[^a-z0-9]", "", unicodedata.normalize("NFKD", text.casefold().translate(UNDECOMPOSED)))


def outlet_from_title(page_title: str | None, host: str | None) -> str | None:
    """The part of 'Headline | Outlet' that names the site: the one its address spells."""
    if not page_title or not host:
        return None
    label = _squash(host.rsplit(".", 1)[0].rsplit(".", 1)[-1])       # "example-news.com" -> "examplenews"
    parts = [p.strip() for p in TITLE_PARTS.split(page_title)]
    if len(label) < 3 or len(parts) < 2:
        return None
    for part in parts[-1:] + parts[:1] + parts[1:-1]:
        squashed = _squash(part)
        if len(part.split()) <= MAX_OUTLET_WORDS and len(squashed) >= 3 and \
                (squashed in label or label in squashed and len(squashed) <= len(label) + MAX_OUTLET_EXTRA):
            return part
    return None


def _text(node: HtmlElement | None) -> str:
    return " ".join(node.text_content().split()) if node is not None else ""


def page_metadata(tree: HtmlElement) -> PageMetadata:
    """What the page's markup states about it (`tree` as lxml parsed it; it is not changed)."""
    meta = _meta(tree)
    linked = _linked_data(tree)
    found = PageMetadata()
    found.page_title = _text(tree.find(".//title")) or None
    found.title = next((meta[k] for k in TITLE_META if meta.get(k)), None) or linked.get("headline")

    stated = [meta[k] for k in DATE_META if k in meta] + [linked[k] for k in ("datePublished", "dateCreated")
                                                           if k in linked]
    found.published = next((d for d in map(parse_date, stated) if d), None)
    if found.published is None:
        for node in tree.iterfind(".//time[@datetime]"):
            found.published = parse_date(node.get("datetime") or "")
            if found.published:
                break

    candidates = [meta.get(k) for k in OUTLET_META[:1]] + [linked.get("publisher"), linked.get("site")] + \
                 [meta.get(k) for k in OUTLET_META[1:]]
    found.outlet = next((n for n in map(_usable_name, candidates) if n), None)
    found.handle = next((n for n in map(_usable_name, [meta.get(k) for k in HANDLE_META]) if n), None)

    authors = [meta.get(k) for k in AUTHOR_META] + [linked.get("author")]
    author = next((n for n in map(_usable_name, authors) if n and not WEB_ADDRESS.search(n)), None)
    found.author = BYLINE_PREFIX.sub("", author) if author else None

    canonical = next((n.get("href") for n in tree.iter("link") if (n.get("rel") or "").lower() == "canonical"), None)
    addresses = [canonical] + \
                [meta.get(k) for k in URL_META] + [linked.get("url")]
    found.url = next((a.strip() for a in addresses if a and ABSOLUTE_URL.match(a.strip())), None)
    return found


@contextmanager
def _without_dateparser() -> Iterator[None]:
    """htmldate's search of the page's text hands strings its own patterns cannot read to
    dateparser, which tries every language it knows and takes seconds to warm up in each process.
    Without it the search dates 70 of the 72 benchmark pages it dates with it, in half the time."""
    extractors = getattr(htmldate, "extractors", None)
    if extractors is None or not hasattr(extractors, "_external_date"):
        yield
        return
    original = extractors._external_date
    extractors._external_date = lambda string: None
    try:
        yield
    finally:
        extractors._external_date = original


def htmldate_date(tree: HtmlElement, url: str | None) -> tuple[str | None, str | None]:
    """The date htmldate finds: in date markup first (html-meta), else in the page's text (page-text)."""
    try:
        found = htmldate.find_date(tree, extensive_search=False, original_date=True, url=url)
        if found:
            return found, HTML_META
        with _without_dateparser():
            found = htmldate.find_date(tree, extensive_search=True, original_date=True, url=url)
    except Exception:            # a date is optional: a page htmldate cannot handle is still read
        log.debug("htmldate failed", exc_info=True)
        return None, None
    if found and not YEAR_ONLY.search(found):
        return found, PAGE_TEXT
    return None, None


def headline_of(page_title: str | None, outlet: str | None) -> str | None:
    """'Talks resume | The Daily Example' -> 'Talks resume' when the outlet is 'The Daily Example'."""
    if not page_title or not outlet:
        return page_title or None
    separators = list(TITLE_PARTS.finditer(page_title))
    name = _squash(outlet)
    if separators and name:
        last, first = separators[-1], separators[0]
        tail, head = _squash(page_title[last.end():]), _squash(page_title[:first.start()])
        if tail and (tail == name or name in tail or tail in name):
            return page_title[:last.start()].strip() or page_title
        if head and (head == name or name in head or head in name):
            return page_title[first.end():].strip() or page_title
    return page_title
