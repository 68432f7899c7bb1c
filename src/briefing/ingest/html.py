"""HTML (.html, .htm): the article's main text and its h1–h6 headings, without the page around it.

The article is found by trafilatura (menus, share buttons, related links, comments and footers
left out); where it finds none, our own walk of the page keeps its paragraphs and headings
minus navigation. Title, date, outlet, author and address come from the page (html_metadata).
Nothing is walked by recursion on our side, and nesting deep enough to hurt a parser is flattened
or refused first.
"""

from __future__ import annotations

import codecs
import logging
import re
from pathlib import Path

import trafilatura
from lxml import etree
from lxml.html import HtmlElement
from selectolax.lexbor import LexborHTMLParser, LexborNode
from trafilatura.utils import load_html

from briefing.ingest.dateline import find_dateline
from briefing.ingest.html_metadata import (
    PageMetadata,
    headline_of,
    host_name,
    htmldate_date,
    outlet_from_title,
    page_metadata,
)
from briefing.ingest.metadata import DATELINE, HTML_META, URL, date_in_url, find_byline, first_date
from briefing.ingest.structure import BlockText, Extracted
from briefing.ingest.textcodec import decode
from briefing.ingest.wrapping import unwrap
from briefing.model import BriefingError

log = logging.getLogger(__name__)
# trafilatura and htmldate log every page they discard or cannot date; the user gets our one line
# (or the document) instead.
for _name in ("trafilatura", "htmldate", "courlan", "justext"):
    logging.getLogger(_name).setLevel(logging.CRITICAL)

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
MAX_BAD_BYTES = 3            # undecodable bytes a page may have in its declared charset...
BAD_BYTE_SHARE = 0.001       # ...or this share of its characters, before its encoding is detected instead
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
            text = raw.decode(declared.group(1).decode("ascii"), errors="replace")
        except (LookupError, ValueError):    # no such codec, or one that is no text encoding
            text = None                      # ("undefined", "idna", "punycode"): detected instead
        # a stray bad byte or two is the page's own slip; many mean it is in another encoding
        if text is not None and text.count("\ufffd") <= max(MAX_BAD_BYTES, BAD_BYTE_SHARE * len(text)):
            return text
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


# trafilatura's output: its block elements (and the HTML ones it sometimes leaves in place)
ARTICLE_BLOCKS = frozenset("""p head item list quote table row cell code pre div article section lb li ul ol
dl dt dd blockquote tr td th h1 h2 h3 h4 h5 h6 graphic""".split())
# A page whose text is mostly in <pre> is a plain text saved as HTML (a text file opened in a
# browser or an office suite and saved): it is read as plain text, its line breaks kept.
PLAIN_TEXT_SHARE = 0.5
HEADING_REND = re.compile(r"h([1-6])")
# trafilatura's quick pass (no comparison with readability and jusText) reads most pages as well
# as its full one in two thirds of the time; where it finds fewer characters than this, the full
# one runs too. Chosen on the 990 pages of benchmarks/bench_html.py: F1 0.926 as the full pass
# alone (quick alone 0.920); 800-3,000 give 0.924-0.926; about one page in eight runs twice.
QUICK_PASS_ENOUGH = 1000


def _parse(source: str) -> HtmlElement | None:
    """The page as lxml parses it (nesting past 255 levels cut off), or None if it finds no page."""
    try:
        return load_html(source)
    except Exception:
        log.debug("lxml could not parse the page", exc_info=True)
        return None


def _article_body(tree: HtmlElement) -> etree._Element | None:
    """trafilatura's main text (comments left out): its quick pass, and where that finds little,
    its full one (which also weighs readability's and jusText's answers); None when it finds none."""
    body = None
    for fast in (True, False):
        try:
            found = trafilatura.bare_extraction(tree, include_comments=False, output_format="xml", fast=fast)
        except Exception:        # its fallbacks may choke on odd markup; our own walk still reads the page
            log.debug("trafilatura failed", exc_info=True)
            found = None
        if found is not None and found.body is not None:
            body = found.body
            if len(found.raw_text or "") >= QUICK_PASS_ENOUGH:
                break
    return body


def is_page_dump(body: etree._Element) -> bool:
    """trafilatura's last resort when it finds no article: every text of the page, one per line, in
    one paragraph. Our own walk, which knows navigation and widgets, reads such a page better (on
    the six of the 990 benchmark pages where it happens: F1 0.75 against 0.57), where it finds text."""
    return len(body) == 1 and body[0].tag == "p" and len(body[0]) == 0 and "\n" in (body[0].text or "")


def _article_blocks(tree: HtmlElement) -> tuple[_Blocks | None, bool]:
    """The article's blocks and headings as trafilatura finds them (None when it finds none), and
    whether they are only its dump of the whole page."""
    body = _article_body(tree)
    if body is None:
        return None, False
    out = _Blocks()
    level = 0
    for event, element in etree.iterwalk(body, events=("start", "end")):
        tag = element.tag if isinstance(element.tag, str) else ""
        if event == "start":
            if tag == "head":
                out.flush(level)
                rend = HEADING_REND.fullmatch(element.get("rend") or "")
                level = int(rend.group(1)) if rend else 2
            elif tag in ARTICLE_BLOCKS:
                out.flush(level)
            if element.text and tag != "lb":
                out.add(element.text, False)
        else:
            if tag == "head":
                out.flush(level)
                level = 0
            elif tag in ARTICLE_BLOCKS:
                out.flush(level)
            if element.tail and element is not body:
                out.add(element.tail, False)
    out.flush(level)
    return (out, is_page_dump(body)) if out.parts else (None, False)


def _preformatted_text(tree: HtmlElement) -> str | None:
    """The page's text when it is mostly preformatted (one text file), line breaks kept; else None."""
    blocks = list(tree.iter("pre"))
    body = tree.find(".//body")
    if body is None or not blocks:
        return None
    texts = [node.text_content().replace("\r\n", "\n").replace("\r", "\n") for node in blocks]
    body_chars = len("".join(body.text_content().split()))
    if not body_chars or len("".join("".join(texts).split())) < PLAIN_TEXT_SHARE * body_chars:
        return None
    paragraphs = []
    for text in texts:
        for paragraph in re.split(r"\n[ \t]*\n", unwrap(text)):
            lines = [" ".join(line.split()) for line in paragraph.split("\n")]
            if any(lines):
                paragraphs.append("\n".join(line for line in lines if line))
    return "\n\n".join(paragraphs) + "\n" if paragraphs else None


def walk_page(source: str) -> _Blocks:
    """Our own reading of the page: every paragraph and heading outside navigation and widgets
    (where trafilatura finds no article)."""
    if nesting_depth(source) > MAX_DEPTH:
        source = _flatten(source)
        if nesting_depth(source) > MAX_DEPTH:
            raise BriefingError(f"HTML nested too deeply to read (over {MAX_DEPTH:,} levels)")
    try:
        tree = LexborHTMLParser(source)
    except Exception as exc:      # the parser refuses input it cannot handle at all
        raise BriefingError(f"cannot parse as HTML ({' '.join(str(exc).split())[:100]})") from None
    _clean(tree)
    root = _content_root(tree)
    return _walk(root) if root is not None else _Blocks()


def read_html(path: Path, raw: bytes) -> Extracted:
    source = decode_html(raw, path.name)
    tree = _parse(source)
    page = page_metadata(tree) if tree is not None else PageMetadata()
    first_h1 = tree.find(".//h1") if tree is not None else None
    h1_text = " ".join(first_h1.text_content().split()) if first_h1 is not None else ""

    plain = _preformatted_text(tree) if tree is not None else None
    if plain is not None:
        text, headings = plain, None
    else:
        blocks, dump = _article_blocks(tree) if tree is not None else (None, False)
        if blocks is None or dump:
            walked = walk_page(source)
            blocks = walked if walked.parts or blocks is None else blocks
        text, headings = blocks.text(), blocks.headings

    stated_date, stated_outlet = find_dateline(text)
    published, date_source = first_date((page.published, HTML_META), (stated_date, DATELINE),
                                        (date_in_url(page.url), URL))
    if published is None and tree is not None and plain is None:      # a plain text states its date in its text
        published, date_source = htmldate_date(tree, page.url)
    host = host_name(page.url)
    outlet = page.outlet or stated_outlet or outlet_from_title(page.page_title, host) or page.handle or host
    title = _title(page, h1_text, outlet, headings)
    author = page.author or find_byline(text)
    return Extracted(text=text, title=title, headings=headings, published=published, outlet=outlet,
                     date_source=date_source, author=author, url=page.url)


def _title(page: PageMetadata, h1_text: str, outlet: str | None, headings: list | None) -> str | None:
    """The headline the page's metadata states; else the article's opening h1; else the <title>
    without the outlet's name; else the first <h1> of the page (often the site's own)."""
    opening = headings[0] if headings and headings[0].start == 0 and headings[0].level == 1 else None
    title = page.title or (opening.title if opening else None) or headline_of(page.page_title, outlet) or h1_text
    # the visible headline is the title's own words: use them, so it is not also a section
    if opening is not None and _same_words(opening.title, title):
        title = opening.title
    return title or None


def _same_words(a: str, b: str) -> bool:
    fa, fb = " ".join(a.casefold().split()), " ".join(b.casefold().split())
    return fa == fb or fa in fb or fb in fa
