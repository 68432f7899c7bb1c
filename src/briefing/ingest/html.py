"""HTML (.html, .htm): the article's paragraphs and h1–h6 headings, without scripts or navigation.

Title, publication date and outlet come from the page's meta tags where it states them. The
tree is walked without recursion, so hostile nesting cannot exhaust the stack.
"""

from __future__ import annotations

import codecs
import json
import re
from pathlib import Path

from selectolax.lexbor import LexborHTMLParser, LexborNode

from briefing.ingest.dateline import find_dateline, parse_date
from briefing.ingest.structure import BlockText, Extracted
from briefing.ingest.textcodec import decode
from briefing.model import BriefingError

# Never prose: code, widgets, site chrome. (<header>/<footer> only outside the article, see below.)
DROPPED_TAGS = ("script", "style", "noscript", "template", "iframe", "frame", "frameset", "object",
                "embed", "svg", "math", "canvas", "form", "button", "select", "textarea", "input",
                "nav", "aside", "menu", "dialog", "figcaption", "audio", "video", "map", "head")
CHROME_TAGS = ("header", "footer")
CHROME_ROLES = ("navigation", "banner", "contentinfo", "complementary", "search", "menu", "menubar",
                "dialog", "alert")
# Class or id words of site chrome (whole words of `class="site-nav share-buttons"`).
CHROME_WORDS = frozenset("""nav navbar navigation menu breadcrumb breadcrumbs sidebar cookie cookies
consent share sharing social newsletter advert advertisement ads promo subscribe paywall popup modal
related comments skip""".split())
CLASS_WORD = re.compile(r"[a-z]+")
BLOCK_TAGS = frozenset("""p div section article main li ul ol dl dt dd blockquote pre table tr td th
thead tbody tfoot caption h1 h2 h3 h4 h5 h6 br hr address figure details summary center body html
fieldset legend""".split())
HEADING_TAGS = {f"h{i}": i for i in range(1, 7)}
DATE_META = ("article:published_time", "og:published_time", "og:article:published_time",
             "datepublished", "date", "dc.date", "dc.date.issued", "dcterms.date", "dcterms.issued",
             "dcterms.created", "pubdate", "publishdate", "publish-date", "sailthru.date",
             "parsely-pub-date", "article.published", "citation_publication_date", "citation_date")
TITLE_SUFFIX = re.compile(r"\s+[|–—-]\s+[^|–—-]{2,60}$")
# The parser's time grows with the square of the nesting depth; real pages stay under a few
# hundred levels, hostile ones go to hundreds of thousands. Deeper input is flattened first.
MAX_DEPTH = 1500
TAG = re.compile(r"<(/?)([a-zA-Z][\w:-]*)([^<>]*)>")      # no "<" inside: linear on broken markup
# void elements, and elements a new sibling closes by itself, add no depth
VOID_TAGS = frozenset("""area base br col embed hr img input link meta param source track wbr p li dt dd
tr td th option optgroup rb rt rp thead tbody tfoot colgroup caption head body html""".split())
KEPT_WHEN_FLATTENED = frozenset(set(DROPPED_TAGS) | set(CHROME_TAGS) | {"p", "li", "br", "title", "meta",
                                "time", "h1", "h2", "h3", "h4", "h5", "h6", "article", "main", "body", "html"})
# A block whose text is at least this share link text is navigation (whitespace not counted);
# a paragraph with a link or two in it stays well under it.
MAX_LINK_SHARE = 0.8
# A chrome-looking element holding this share of the page's text is the story's wrapper, kept.
STORY_SHARE = 0.5
MAX_CHROME_CHECKS = 500
CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)""", re.IGNORECASE)


def decode_html(raw: bytes, name: str) -> str:
    """Text of an HTML file: BOM, then UTF-8, then the declared charset, then detection."""
    if raw.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return decode(raw, name)
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        pass
    declared = CHARSET.search(raw[:4096])
    if declared:
        try:
            return raw.decode(declared.group(1).decode("ascii"), errors="replace")
        except LookupError:
            pass
    return decode(raw, name)


def nesting_depth(source: str) -> int:
    """How deeply elements nest, by counting open and close tags (linear, no parsing)."""
    depth = deepest = 0
    for m in TAG.finditer(source):
        if m.group(1):
            depth = max(0, depth - 1)
        elif not m.group(3).endswith("/") and m.group(2).lower() not in VOID_TAGS:
            depth += 1
            deepest = max(deepest, depth)
    return deepest


def _flatten(source: str) -> str:
    """The page with every tag but paragraphs, headings and the ones we drop taken out."""
    return TAG.sub(lambda m: m.group(0) if m.group(2).lower() in KEPT_WHEN_FLATTENED else " ", source)


def _is_chrome(node: LexborNode) -> bool:
    attrs = node.attributes
    role = (attrs.get("role") or "").lower()
    if role in CHROME_ROLES or attrs.get("aria-hidden") == "true" or "hidden" in attrs:
        return True
    words = CLASS_WORD.findall(f"{attrs.get('class') or ''} {attrs.get('id') or ''}".lower())
    return any(w in CHROME_WORDS for w in words)


def _inside(node: LexborNode, tags: tuple[str, ...]) -> bool:
    parent = node.parent
    while parent is not None:
        if parent.tag in tags:
            return True
        parent = parent.parent
    return False


def _linked_data(tree: LexborHTMLParser) -> dict[str, str]:
    """headline, datePublished and publisher name from schema.org JSON-LD, where the page has it."""
    found: dict[str, str] = {}
    for script in tree.css('script[type="application/ld+json"]'):
        try:
            data = json.loads(script.text() or "")
        except (ValueError, RecursionError):
            continue
        items = data if isinstance(data, list) else [data]
        items = [i for item in items if isinstance(item, dict) for i in [item, *(item.get("@graph") or [])]
                 if isinstance(i, dict)]
        for item in items:
            for key in ("headline", "datePublished", "dateCreated"):
                if isinstance(item.get(key), str) and key not in found:
                    found[key] = " ".join(item[key].split())
            publisher = item.get("publisher")
            if isinstance(publisher, dict) and isinstance(publisher.get("name"), str):
                found.setdefault("publisher", " ".join(publisher["name"].split()))
    return found


def _meta(tree: LexborHTMLParser) -> dict[str, str]:
    """meta name/property/itemprop (lower-cased) -> content, first occurrence wins."""
    found: dict[str, str] = {}
    for node in tree.css("meta"):
        attrs = node.attributes
        key = (attrs.get("property") or attrs.get("name") or attrs.get("itemprop") or "").strip().lower()
        content = " ".join((attrs.get("content") or "").split())
        if key and content and key not in found:
            found[key] = content
    return found


class _Blocks(BlockText):
    """Text gathered block by block; headings remembered with their spans in the output."""

    def __init__(self) -> None:
        super().__init__()
        self.buffer: list[str] = []
        self.link_chars = 0          # characters of the buffer that are link text

    def add(self, text: str, in_link: bool) -> None:
        self.buffer.append(text)
        if in_link:
            self.link_chars += len(text.strip())

    def flush(self, level: int = 0) -> None:
        raw = "".join(self.buffer)
        text = " ".join(raw.split())
        self.buffer = []
        links, self.link_chars = self.link_chars, 0
        if not text:
            return
        if not level and links >= MAX_LINK_SHARE * len("".join(raw.split())):
            return                   # a block of links: related stories, menus, tag lists
        if level:
            self.add_heading(text, level)
        else:
            self.add_block(text)

    def text(self) -> str:
        self.flush()
        return "".join(self.parts) + "\n" if self.parts else ""


def _walk(root: LexborNode) -> _Blocks:
    """Depth-first over `root` without recursion; block elements end the text run before them."""
    out = _Blocks()
    level = 0                  # inside a heading of this level, or 0
    links = 0                  # inside this many <a> elements

    def leave(node: LexborNode) -> None:
        nonlocal level, links
        if node.tag == "a":
            links = max(0, links - 1)
        elif node.tag in HEADING_TAGS:
            out.flush(level)
            level = 0
        elif node.tag in BLOCK_TAGS:
            out.flush(level)

    root_id = root.mem_id
    node: LexborNode | None = root.child
    while node is not None:
        tag = node.tag
        if tag == "-text":
            out.add(node.text_content or "", links > 0)
        elif node.is_element_node:
            if tag == "a":
                links += 1
            elif tag in HEADING_TAGS:
                out.flush(level)
                level = HEADING_TAGS[tag]
            elif tag in BLOCK_TAGS:
                out.flush(level)
            if node.child is not None:
                node = node.child
                continue
        leave(node)
        while node.next is None:
            node = node.parent
            if node is None or node.mem_id == root_id:
                return out
            leave(node)
        node = node.next
    return out


def _content_root(tree: LexborHTMLParser) -> LexborNode | None:
    """The single <article> or <main> when the page has one, else <body>."""
    for selector in ("article", "main", "[role=main]"):
        found = tree.css(selector)
        if len(found) == 1 and len((found[0].text(separator=" ") or "").split()) >= 20:
            return found[0]
    return tree.body


def _remove(nodes: list[LexborNode]) -> None:
    """Take the nodes out of the tree, each once: a node inside another one leaves with it."""
    doomed = {n.mem_id for n in nodes}
    for node in nodes:
        parent = node.parent
        while parent is not None and parent.mem_id not in doomed:
            parent = parent.parent
        if parent is None:
            node.decompose()


def _holds_the_story(node: LexborNode, page_chars: int) -> bool:
    """A wrapper with a chrome-like class ("main has-sidebar") that holds the article itself."""
    if node.css_first("h1, article, main") is not None:
        return True
    return page_chars > 0 and len(node.text(separator=" ")) >= STORY_SHARE * page_chars


def _clean(tree: LexborHTMLParser) -> None:
    _remove(tree.css(",".join(DROPPED_TAGS)))
    _remove([n for n in tree.css(",".join(CHROME_TAGS)) if not _inside(n, ("article", "main"))])
    body = tree.body
    page_chars = len(body.text(separator=" ")) if body is not None else 0
    candidates = [n for n in tree.css("[role],[aria-hidden],[hidden],[class],[id]")
                  if n.tag not in ("html", "body", "article", "main") and _is_chrome(n)]
    if len(candidates) > MAX_CHROME_CHECKS:
        page_chars = 0          # too many to weigh one by one; the h1/article test still guards
    _remove([n for n in candidates if not _holds_the_story(n, page_chars)])


def read_html(path: Path, raw: bytes) -> Extracted:
    source = decode_html(raw, path.name)
    if nesting_depth(source) > MAX_DEPTH:
        source = _flatten(source)
        if nesting_depth(source) > MAX_DEPTH:
            raise BriefingError(f"HTML nested too deeply to read (over {MAX_DEPTH:,} levels)")
    try:
        tree = LexborHTMLParser(source)
    except Exception as exc:      # the parser refuses input it cannot handle at all
        raise BriefingError(f"cannot parse as HTML ({' '.join(str(exc).split())[:100]})") from None
    meta = _meta(tree)
    linked = _linked_data(tree)
    page_title = tree.css_first("title")
    first_h1 = tree.css_first("h1")
    h1_text = " ".join(first_h1.text().split()) if first_h1 is not None else ""
    outlet = meta.get("og:site_name") or linked.get("publisher") or meta.get("application-name") or None
    title = meta.get("og:title") or linked.get("headline") or meta.get("twitter:title") or h1_text
    if not title and page_title is not None:
        title = " ".join(page_title.text().split())
        if outlet and title.endswith(outlet):
            title = TITLE_SUFFIX.sub("", title)
    stated = [meta[k] for k in DATE_META if k in meta] + [linked[k] for k in ("datePublished", "dateCreated")
                                                           if k in linked]
    published = next((d for d in map(parse_date, stated) if d), None)
    if published is None:
        for node in tree.css("time[datetime]"):
            published = parse_date(node.attributes.get("datetime") or "")
            if published:
                break

    _clean(tree)
    root = _content_root(tree)
    blocks = _walk(root) if root is not None else _Blocks()
    text = blocks.text()
    headings = blocks.headings
    # the visible headline is the title's own words: use them, so it is not also a section
    if headings and headings[0].start == 0 and headings[0].level == 1 and \
            (not title or _same_words(headings[0].title, title)):
        title = headings[0].title
    if published is None or outlet is None:
        stated_date, stated_outlet = find_dateline(text)
        published = published or stated_date
        outlet = outlet or stated_outlet
    return Extracted(text=text, title=title or None, headings=headings, published=published, outlet=outlet)


def _same_words(a: str, b: str) -> bool:
    fa, fb = " ".join(a.casefold().split()), " ".join(b.casefold().split())
    return fa == fb or fa in fb or fb in fa
