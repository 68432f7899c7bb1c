"""Markdown (.md): rendered to plain paragraphs, `#` and underlined headings kept with their spans.

Document.text is the rendered text (no `#`, `**`, link targets or code), so sentences read as a
reader sees them; paragraphs wrapped over several lines are joined into one line each.
"""

from __future__ import annotations

import datetime as dt
import html
import re
from pathlib import Path

import yaml

from briefing.ingest.dateline import find_dateline, parse_date
from briefing.ingest.metadata import DATELINE, FRONT_MATTER, find_byline, first_date
from briefing.ingest.structure import BlockText, Extracted, KnownHeading
from briefing.ingest.textcodec import decode
from briefing.untrusted import FRONT_MATTER_LIMITS, Refused, load_yaml

ATX_HEADING = re.compile(r"^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$")
SETEXT_UNDERLINE = re.compile(r"^ {0,3}(=+|-+)[ \t]*$")
THEMATIC_BREAK = re.compile(r"^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$")
FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
BLOCKQUOTE = re.compile(r"^ {0,3}>[ \t]?")
LIST_ITEM = re.compile(r"^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+(?:\[[ xX]\][ \t]+)?")
TABLE_ROW = re.compile(r"^[ \t]*\|.*\|[ \t]*$")
REFERENCE_DEFINITION = re.compile(r"^ {0,3}\[[^\]]+\]:\s*\S+")
HTML_BLOCK = re.compile(r"^ {0,3}<(?:!--|/?[a-zA-Z][\w-]*[\s/>]|/?[a-zA-Z][\w-]*$)")
FRONT_MATTER_FIELD = re.compile(r"^(title|date|published|author|source|outlet|site)\s*:\s*(.+?)\s*$",
                                re.IGNORECASE | re.MULTILINE)
MAX_FRONT_MATTER_LINES = 200
MAX_FRONT_MATTER_NAMES = 5
# Front-matter keys of static-site generators and note apps (Jekyll, Hugo, Pandoc, Obsidian).
DATE_KEYS = ("date", "published", "publishdate", "pubdate", "date_published", "created")
AUTHOR_KEYS = ("author", "authors", "byline", "creator")
OUTLET_KEYS = ("outlet", "publisher", "site", "site_name", "source", "publication")
URL_KEYS = ("url", "canonical_url", "canonicalurl", "link", "source_url")

# Inline markup, applied in this order; each keeps only the words a reader sees. Spans are bounded
# (300 characters of emphasis or link text) so that a line full of unmatched markers stays linear.
INLINE = [
    (re.compile(r"<!--.*?-->", re.DOTALL), ""),
    (re.compile(r"!\[[^\]]{0,300}\]\([^)]{0,500}\)"), ""),                       # images
    (re.compile(r"!\[[^\]]{0,300}\]\[[^\]]{0,100}\]"), ""),
    (re.compile(r"\[\^[^\]]+\]"), ""),                                # footnote marks
    (re.compile(r"\[([^\]]{0,300})\]\((?:[^()]|\([^)]{0,100}\)){0,500}\)"), r"\1"),     # [text](url "title")
    (re.compile(r"\[([^\]]{1,300})\]\[[^\]]{0,100}\]"), r"\1"),                   # [text][ref]
    (re.compile(r"<((?:https?|mailto|ftp):[^>\s]+)>"), r"\1"),       # autolinks
    (re.compile(r"</?[a-zA-Z][\w-]*(?:\s[^<>]*)?/?>"), ""),           # inline HTML tags
    (re.compile(r"(`+)(.{1,300}?)\1"), r"\2"),                              # code spans
    (re.compile(r"(\*\*|__)(?=\S)(.{1,300}?)(?<=\S)\1"), r"\2"),            # strong
    (re.compile(r"(?<![\w*])\*(?=\S)(.{1,300}?)(?<=\S)\*(?![\w*])"), r"\1"),  # emphasis
    (re.compile(r"(?<![\w_])_(?=\S)(.{1,300}?)(?<=\S)_(?![\w_])"), r"\1"),
    (re.compile(r"~~(?=\S)(.{1,300}?)(?<=\S)~~"), r"\1"),                   # strikethrough
    (re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>~])"), r"\1"),            # backslash escapes
]


def render_inline(text: str) -> str:
    """The words of one line of Markdown without its inline markup, whitespace collapsed."""
    if any(ch in text for ch in "[]<>`*_~\\&!"):
        for pattern, replacement in INLINE:
            text = pattern.sub(replacement, text)
        if "&" in text:
            text = html.unescape(text)
    return " ".join(text.split())


def _front_matter_value(value: object) -> str:
    """A front-matter value as text: dates as ISO, a list or a {name: …} mapping as its names."""
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, dict):
        return _front_matter_value(value.get("name") or "")
    if isinstance(value, list):
        return ", ".join(v for v in map(_front_matter_value, value[:MAX_FRONT_MATTER_NAMES]) if v)
    return " ".join(str(value).split()) if isinstance(value, (str, int, float)) else ""


def _front_matter(lines: list[str]) -> tuple[dict[str, str], int]:
    """Fields of a leading `---` YAML block (keys lower-cased) and the number of lines it takes."""
    if not lines or lines[0].strip() != "---":
        return {}, 0
    for i in range(1, min(len(lines), MAX_FRONT_MATTER_LINES)):
        if lines[i].strip() in ("---", "..."):
            block = "\n".join(lines[1:i])
            try:      # anyone may have written it: aliases, nesting, huge values and tags are refused
                data, _ = load_yaml(block, "front matter", FRONT_MATTER_LIMITS)
            except Refused:
                return {}, i + 1          # the block is left out, and none of its fields used
            except yaml.YAMLError:
                data = None
            if isinstance(data, dict):
                fields = {str(k).lower(): _front_matter_value(v) for k, v in data.items()}
            else:     # not YAML after all: the `key: value` lines we know
                fields = {m.group(1).lower(): m.group(2).strip().strip("\"'")
                          for m in FRONT_MATTER_FIELD.finditer(block)}
            return {k: v for k, v in fields.items() if v}, i + 1
    return {}, 0


def _field(fields: dict[str, str], keys: tuple[str, ...]) -> str | None:
    return next((fields[k] for k in keys if fields.get(k)), None)


class _Writer(BlockText):
    """Accumulates rendered blocks separated by blank lines and remembers heading spans."""

    def __init__(self) -> None:
        super().__init__()
        self.paragraph: list[str] = []

    def flush(self) -> None:
        text = render_inline(" ".join(self.paragraph))
        self.paragraph = []
        if text:
            self.add_block(text)

    def heading(self, raw: str, level: int) -> None:
        self.flush()
        title = render_inline(raw)
        if title:
            self.add_heading(title, level)

    def text(self) -> str:
        self.flush()
        return "".join(self.parts) + "\n"


def render_markdown(source: str) -> tuple[str, list[KnownHeading], dict[str, str]]:
    """Rendered text, its headings and the front-matter fields of a Markdown source."""
    lines = source.split("\n")
    fields, first = _front_matter(lines)
    out = _Writer()
    fence: str | None = None
    for i in range(first, len(lines)):
        line = lines[i]
        if fence is not None:                      # code is not prose: left out
            if line.strip().startswith(fence):
                fence = None
            continue
        m = FENCE.match(line)
        if m:
            out.flush()
            fence = m.group(1)[:3]
            continue
        while BLOCKQUOTE.match(line):
            line = BLOCKQUOTE.sub("", line, count=1)
        if not line.strip():
            out.flush()
            continue
        m = ATX_HEADING.match(line)
        if m:
            out.heading(m.group(2) or "", len(m.group(1)))
            continue
        underline = SETEXT_UNDERLINE.match(line)
        if underline and len(out.paragraph) == 1 and not LIST_ITEM.match(out.paragraph[0]):
            title = out.paragraph.pop()
            out.heading(title, 1 if underline.group(1)[0] == "=" else 2)
            continue
        if THEMATIC_BREAK.match(line):
            out.flush()
            continue
        if TABLE_ROW.match(line) or REFERENCE_DEFINITION.match(line) or HTML_BLOCK.match(line) \
                and not line.lstrip().startswith(("<a ", "<b>", "<i>", "<em>", "<strong>")):
            out.flush()                             # tables, link targets, raw HTML: no prose
            continue
        item = LIST_ITEM.match(line)
        if item:
            out.flush()
            line = line[item.end():]
        out.paragraph.append(line.strip())
    return out.text(), out.headings, fields


def read_markdown(path: Path, raw: bytes) -> Extracted:
    text, headings, fields = render_markdown(decode(raw, path.name))
    title = fields.get("title")
    if not title and headings and headings[0].start == 0 and headings[0].level == 1:
        title = headings[0].title
    stated, outlet = find_dateline(text)
    # the front matter is the author's own statement of the date: it comes first
    published, date_source = first_date((parse_date(_field(fields, DATE_KEYS) or ""), FRONT_MATTER),
                                         (stated, DATELINE))
    outlet = _field(fields, OUTLET_KEYS) or outlet
    url = _field(fields, URL_KEYS)
    return Extracted(text=text, title=title or None, headings=headings, published=published, outlet=outlet,
                     date_source=date_source, author=_field(fields, AUTHOR_KEYS) or find_byline(text),
                     url=url if url and url.startswith(("http://", "https://")) else None)
