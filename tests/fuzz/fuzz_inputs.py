"""Hypothesis strategies for hostile input: real files made in code, then corrupted.

Every document strategy starts from something a reader should accept (prose, a page, a Word file
made with python-docx, a PDF made with reportlab, a template or project as the program writes them)
and then, often, spoils it the ways files get spoiled: bytes flipped, cut short, repeated, nested,
re-encoded. Words are invented; nothing here comes from a labelled set.
"""

from __future__ import annotations

import io
import json
import re
import zipfile

from hypothesis import strategies as st

# ---------------------------------------------------------------------------------------------
# Words and text

WORDS = """the a of and to in on at for with by from minister council harbour talks agreed said would
meet again Monday Tuesday March May officials capital port authority rail strike union workers
budget vote parliament river flood warning mayor governor spokesperson report inquiry election
""".split()
NAMES = ["Anna Kovar", "Dr Lio Brand", "Mr Tarek Olm", "Ruritania", "Vostrava", "Port Authority of Elbonia"]
DATES = ["on Monday", "31 February 2024", "2024-13-45", "March 3, 2025", "next Friday", "1 Jan 99999",
         "0000-00-00", "2023-06-31T25:61:61Z", "yesterday", "in 1066", "12/31/2024", "30 October 2025"]
DATELINES = ["LONDON (Reuters) - ", "KAPSTADT, March 3 (AP) — ", "PARIS, 31 Feb 2024 - ", "By Anna Kovar\n",
             "Reporting by Lio Brand; Editing by Tarek Olm\n", "BRUSSELS —"]
# Characters that trip text handling: controls, marks, bidi, wide, non-BMP, replacement, BOM.
ODD_CHARACTERS = "\x00\x07\x0b\x0c\r\x1b\x7f\x85\xa0\xad\u200b\u200e\u202e\u2028\u2029\ufeff\ufffd" \
                 "é漢字한국어𝔘🙂\u0301“”‘’–—…"

unicode_text = st.text(alphabet=st.characters(exclude_categories=("Cs",)), max_size=80)
odd_text = st.text(alphabet=st.sampled_from(ODD_CHARACTERS + "ab .,;:!?\"'()[]<>&#*_-\n"), max_size=40)


@st.composite
def sentences(draw) -> str:
    words = draw(st.lists(st.sampled_from(WORDS + NAMES), min_size=2, max_size=18))
    middle = draw(st.sampled_from(["", "", " " + draw(st.sampled_from(DATES)), ' "We will not move," he said',
                                   " (" + draw(odd_text) + ")"]))
    end = draw(st.sampled_from([".", ".", ".", "?", "!", "", "...", ".\u201d", ":"]))
    return " ".join(words).capitalize() + middle + end


@st.composite
def prose(draw, max_paragraphs: int = 6) -> str:
    """News-like text: a headline, maybe a dateline and byline, paragraphs of sentences."""
    parts = []
    if draw(st.booleans()):
        parts.append(" ".join(draw(st.lists(st.sampled_from(WORDS), min_size=1, max_size=8))).title())
    for _ in range(draw(st.integers(1, max_paragraphs))):
        kind = draw(st.integers(0, 9))
        if kind == 0:
            parts.append(draw(unicode_text))
        elif kind == 1:
            parts.append(draw(odd_text))
        elif kind == 2:
            parts.append(draw(st.sampled_from(DATELINES)) + draw(sentences()))
        else:
            parts.append(" ".join(draw(st.lists(sentences(), min_size=1, max_size=5))))
    separator = draw(st.sampled_from(["\n\n", "\n", "\r\n\r\n", "\n \n", "\n\n\n\n"]))
    return separator.join(parts)


ENCODINGS = ["utf-8", "utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "cp1252",
             "latin-1", "shift_jis", "gb18030", "koi8-r", "cp1250", "iso-8859-7", "big5"]


@st.composite
def encoded(draw, text: str) -> bytes:
    """`text` in one of the encodings documents come in (characters it cannot hold replaced)."""
    return text.encode(draw(st.sampled_from(ENCODINGS)), errors="replace")


# ---------------------------------------------------------------------------------------------
# Byte mutations

INTERESTING_BYTES = [0x00, 0x0A, 0x0D, 0x20, 0x22, 0x25, 0x26, 0x28, 0x29, 0x2F, 0x3C, 0x3E, 0x5B, 0x5C, 0x5D,
                     0x7B, 0x7F, 0x80, 0xC3, 0xEF, 0xFE, 0xFF]
TOKENS = [b"<<", b">>", b"[", b"]", b"(", b")", b"\\", b"/", b" 0 R ", b" 9999999 0 R ", b"stream\n", b"endstream",
          b"endobj", b"obj", b"%%EOF", b"%PDF-1.7\n", b"xref\n", b"trailer", b" -1 ", b" 1e308 ", b" 99999999999999 ",
          b"<!--", b"-->", b"<div>", b"</div>", b"<p>", b"<![CDATA[", b"]]>", b"&#xFFFFFFFF;", b"&amp;", b"&",
          b"<w:p>", b"</w:p>", b"<w:t>", b"<!DOCTYPE x [<!ENTITY a 'aaaaaaaaaa'>]>", b"&a;", b"---\n", b"```\n",
          b"# ", b"> > > > ", b"* ", b"[x](", b"\x00\x00", b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff",
          b"PK\x03\x04", b"\r", b"\t", b"&anchor ", b"*anchor ", b"!!python/object:os.system ", b"{", b"}"]
INTERESTING_NUMBERS = [b"0", b"-1", b"1", b"255", b"65536", b"2147483648", b"-2147483649", b"18446744073709551616",
                       b"1e308", b"-0", b"0.0000001", b"999999999999999999999", b"NaN"]
NUMBER = re.compile(rb"-?\d+(?:\.\d+)?")


@st.composite
def mutated(draw, base: bytes, max_steps: int = 6) -> bytes:
    """`base` spoiled by a few edits: flips, interesting bytes and tokens, cuts, repeats, numbers."""
    data = bytearray(base)
    for _ in range(draw(st.integers(1, max_steps))):
        op = draw(st.sampled_from(["flip", "byte", "token", "delete", "repeat", "insert", "truncate",
                                   "number", "splice"]))
        pos = draw(st.integers(0, max(0, len(data) - 1)))
        if op == "flip" and data:
            data[pos] ^= 1 << draw(st.integers(0, 7))
        elif op == "byte" and data:
            data[pos] = draw(st.sampled_from(INTERESTING_BYTES))
        elif op == "token":
            data[pos:pos] = draw(st.sampled_from(TOKENS))
        elif op == "delete":
            del data[pos:pos + draw(st.integers(1, 512))]
        elif op == "repeat":
            piece = bytes(data[pos:pos + draw(st.integers(1, 64))])
            data[pos:pos] = piece * draw(st.integers(1, 200))
        elif op == "insert":
            data[pos:pos] = draw(st.binary(min_size=1, max_size=64))
        elif op == "truncate":
            del data[pos:]
        elif op == "number":
            found = list(NUMBER.finditer(data))
            if found:
                m = found[draw(st.integers(0, len(found) - 1))]
                data[m.start():m.end()] = draw(st.sampled_from(INTERESTING_NUMBERS))
        elif op == "splice" and data:
            other = draw(st.integers(0, len(data) - 1))
            data[pos:pos + draw(st.integers(1, 256))] = data[other:other + draw(st.integers(1, 256))]
    return bytes(data)


@st.composite
def maybe_mutated(draw, base: bytes) -> bytes:
    """Usually spoiled, sometimes whole (a reader must also take its good inputs)."""
    return draw(mutated(base)) if draw(st.integers(0, 3)) else base


@st.composite
def nested(draw, opening: str, closing: str, inner: str) -> str:
    """`inner` wrapped many levels deep (the parser's and the walker's depth)."""
    depth = draw(st.sampled_from([10, 255, 256, 1000, 3000]))
    return opening * depth + inner + closing * draw(st.sampled_from([0, depth]))


# ---------------------------------------------------------------------------------------------
# Plain text and Markdown

@st.composite
def text_files(draw) -> bytes:
    kind = draw(st.integers(0, 5))
    if kind == 0:
        return draw(st.binary(max_size=2000))
    if kind == 1:
        return draw(mutated(draw(encoded(draw(prose())))))
    return draw(encoded(draw(prose())))


YAML_VALUES = ["2024-02-30", "2024-01-05", "2024-01-05 10:00:00", "[a, [b, [c, [d]]]]", "{name: Anna Kovar}",
               "!!binary aGVsbG8=", "!!python/object:os.system x", "&a [x, x, x, x, x]", "*a", "*nowhere",
               "'unclosed", "{", "|\n  block\n  text", "null", "~", "12e999", "0x1F", ".inf", "yes", "- a\n- b",
               "!!timestamp nonsense", "!!int notanumber", "!!set {a, b}", "!!omap [a: 1]", "!!float x"]
FRONT_MATTER_KEYS = ["title", "date", "published", "author", "authors", "outlet", "source", "url", "tags",
                     "created", "publisher"]


@st.composite
def alias_bomb(draw) -> str:
    """YAML whose aliases expand exponentially: `a: &a [x, x, …]`, `b: &b [*a, *a, …]`, …"""
    width = draw(st.integers(2, 9))
    levels = draw(st.integers(2, 12))
    key = draw(st.sampled_from(FRONT_MATTER_KEYS))
    lines = ["l0: &l0 [" + ", ".join(["lol"] * width) + "]"]
    for n in range(1, levels):
        lines.append(f"l{n}: &l{n} [" + ", ".join([f"*l{n - 1}"] * width) + "]")
    lines.append(f"{key}: *l{levels - 1}")
    return "\n".join(lines)


@st.composite
def front_matter(draw) -> str:
    if draw(st.integers(0, 4)) == 0:
        body = draw(alias_bomb())
    else:
        lines = []
        for _ in range(draw(st.integers(0, 6))):
            key = draw(st.one_of(st.sampled_from(FRONT_MATTER_KEYS), unicode_text))
            value = draw(st.one_of(st.sampled_from(YAML_VALUES), st.sampled_from(DATES), unicode_text))
            lines.append(f"{key}: {value}")
        body = "\n".join(lines)
    return "---\n" + body + "\n" + draw(st.sampled_from(["---", "...", "", "--- "])) + "\n"


@st.composite
def markdown_line(draw) -> str:
    text = draw(st.one_of(sentences(), unicode_text, odd_text))
    kind = draw(st.integers(0, 16))
    return [
        lambda: "#" * draw(st.integers(1, 8)) + " " + text + draw(st.sampled_from(["", " ##", "#"])),
        lambda: text + "\n" + draw(st.sampled_from(["===", "---", "- - -", "==="])),
        lambda: draw(st.sampled_from(["- ", "* ", "+ ", "1. ", "999999999. ", "- [ ] ", "- [x] "])) + text,
        lambda: "> " * draw(st.integers(1, 50)) + text,
        lambda: draw(st.sampled_from(["```", "~~~", "````python"])) + "\n" + text,
        lambda: "| " + text + " | " + text + " |",
        lambda: "[" + text + "]: http://" + text,
        lambda: "<div class='note'>" + text,
        lambda: "[" + text + "](http://x.test/" + text + ' "t")',
        lambda: "![" + text + "](" + text + ")",
        lambda: "**" + text + "** _" + text + "_ `" + text + "` ~~" + text + "~~",
        lambda: "*" * draw(st.integers(1, 400)) + text + "_" * draw(st.integers(1, 400)),
        lambda: "[" * draw(st.integers(1, 400)) + text + "](" * draw(st.integers(1, 400)),
        lambda: "<!-- " + text,
        lambda: "&amp; &#0; &#x110000; &nosuch; " + text,
        lambda: "\\" * draw(st.integers(1, 50)) + text,
        lambda: text,
    ][kind]()


@st.composite
def markdown_files(draw) -> bytes:
    head = draw(front_matter()) if draw(st.booleans()) else ""
    lines = draw(st.lists(st.one_of(markdown_line(), sentences()), min_size=1, max_size=25))
    source = head + "\n".join(lines)
    if draw(st.integers(0, 6)) == 0:
        source += "\n" + draw(nested("> ", "", "deep quote.\n"))
    raw = draw(encoded(source))
    return draw(mutated(raw)) if draw(st.integers(0, 2)) == 0 else raw


# ---------------------------------------------------------------------------------------------
# HTML

CHARSETS = ["utf-8", "windows-1252", "iso-8859-1", "shift_jis", "utf-16", "nonsense", "utf-7", "x-user-defined",
            "", "utf-8\"><script>", "undefined", "idna", "punycode", "unicode_escape", "rot13", "hex"]
META = [
    '<meta property="og:title" content="{t}">', '<meta property="article:published_time" content="{d}">',
    '<meta name="author" content="{t}">', '<meta property="og:site_name" content="{t}">',
    '<link rel="canonical" href="{u}">', '<meta name="date" content="{d}">',
    '<script type="application/ld+json">{j}</script>', '<time datetime="{d}">{t}</time>',
]
BLOCK = ["p", "div", "section", "article", "main", "h1", "h2", "h3", "h6", "blockquote", "li", "ul", "pre",
         "table", "tr", "td", "header", "footer", "nav", "aside", "figure", "figcaption", "span", "a", "b", "font",
         "script", "style", "noscript", "template", "svg", "math", "form", "button", "details", "summary"]
ATTRIBUTES = ['class="share-buttons"', 'class="story-body"', 'role="navigation"', 'role="main"', 'aria-hidden="true"',
              "hidden", 'id="comments"', 'href="http://x.test/2024/02/30/story"', 'itemprop="datePublished"',
              'datetime="2024-02-30"', 'class="{t}"', 'style="display:none"', 'rend="h9"']


def _json_ld(draw) -> str:
    value = draw(st.recursive(
        st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False), unicode_text,
                  st.sampled_from(DATES)),
        lambda children: st.one_of(st.lists(children, max_size=4),
                                   st.dictionaries(st.sampled_from(["@type", "headline", "datePublished", "author",
                                                                    "name", "publisher", "@graph", "url"]),
                                                   children, max_size=5)),
        max_leaves=20))
    text = json.dumps(value)
    return text if draw(st.integers(0, 4)) else text[: draw(st.integers(0, len(text)))]


@st.composite
def html_element(draw, depth: int = 0) -> str:
    tag = draw(st.sampled_from(BLOCK))
    attrs = " ".join(draw(st.lists(st.sampled_from(ATTRIBUTES), max_size=2))).replace(
        "{t}", draw(odd_text).replace('"', ""))
    children = []
    for _ in range(draw(st.integers(0, 3 if depth < 4 else 0))):
        children.append(draw(html_element(depth + 1)))
    text = draw(st.one_of(sentences(), unicode_text, odd_text))
    close = draw(st.sampled_from([f"</{tag}>", f"</{tag}>", f"</{tag}>", "", "</p>", "</html>"]))
    return f"<{tag} {attrs}>" + text + "".join(children) + close


@st.composite
def html_files(draw) -> bytes:
    charset = draw(st.sampled_from(CHARSETS))
    head = [f'<meta charset="{charset}">'] if draw(st.booleans()) else []
    for template in draw(st.lists(st.sampled_from(META), max_size=5)):
        head.append(template.format(t=draw(odd_text).replace('"', ""), d=draw(st.sampled_from(DATES)),
                                    u=draw(st.sampled_from(["http://x.test/2024/02/30/a", "https://[::1", "javascript:x",
                                                            "http://x.test/" + draw(unicode_text)])),
                                    j=_json_ld(draw)))
    body = "".join(draw(st.lists(html_element(), min_size=1, max_size=6)))
    if draw(st.integers(0, 5)) == 0:
        body += draw(nested(draw(st.sampled_from(["<div>", "<b>", "<p>", "<table><tr><td>", "<a href=x>", "<li><ul>"])),
                            "</div>", "Deep down a sentence hides."))
    title = draw(odd_text).replace("<", "")
    page = draw(st.sampled_from(["<!DOCTYPE html><html><head>{h}<title>{t}</title></head><body>{b}</body></html>",
                                 "<html><head>{h}</head><body>{b}", "{h}{b}", "<html><title>{t}</title>{b}</html>"]))
    source = page.replace("{h}", "".join(head)).replace("{t}", title).replace("{b}", body)
    raw = _encoded_as(source, charset)
    return draw(mutated(raw)) if draw(st.integers(0, 2)) == 0 else raw


def _encoded_as(source: str, charset: str) -> bytes:
    """The page in the charset it declares where that is a text encoding Python has, else UTF-8
    (a page may declare anything)."""
    try:
        return source.encode(charset, errors="replace") if charset not in ("utf-7",) else source.encode()
    except (LookupError, ValueError, TypeError):
        return source.encode("utf-8")


# ---------------------------------------------------------------------------------------------
# DOCX (made with python-docx; only the tests and `export` may import it)

XML_UNSAFE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x84\x86-\x9f\ufffe\uffff]")
docx_text = st.one_of(sentences(), unicode_text).map(lambda text: XML_UNSAFE.sub("", text))


@st.composite
def docx_base(draw) -> bytes:
    import docx

    document = docx.Document()
    props = document.core_properties
    props.title = draw(st.sampled_from(["", "Document", "Untitled"])) or draw(docx_text)[:200]
    props.author = draw(st.sampled_from(["python-docx", "Anna Kovar", ""]))
    if draw(st.booleans()):
        document.add_heading(draw(docx_text), 0)
    for _ in range(draw(st.integers(1, 6))):
        kind = draw(st.integers(0, 4))
        if kind == 0:
            document.add_heading(draw(docx_text), draw(st.integers(1, 9)))
        elif kind == 1:
            rows, cols = draw(st.integers(1, 3)), draw(st.integers(1, 3))
            table = document.add_table(rows=rows, cols=cols)
            for cell in table._cells:
                cell.text = draw(docx_text)
        elif kind == 2:
            document.add_paragraph(draw(docx_text), style=draw(st.sampled_from(["Caption", "List Bullet", "Quote",
                                                                                "Intense Quote", "TOC Heading"])))
        else:
            paragraph = document.add_paragraph(draw(docx_text))
            paragraph.add_run(draw(docx_text)).add_break()
            paragraph.add_run(draw(docx_text)).bold = True
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _rezip(base: bytes, replace: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(base)) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            target.writestr(info.filename, replace.get(info.filename, source.read(info.filename)))
    return out.getvalue()


PARTS = ["word/document.xml", "word/document.xml", "word/styles.xml", "docProps/core.xml", "_rels/.rels",
         "[Content_Types].xml"]


@st.composite
def docx_files(draw) -> bytes:
    """A Word file spoiled inside (one XML part corrupted, nested or emptied, the zip still sound)
    or as a whole (the zip's own bytes)."""
    base = draw(docx_base())
    how = draw(st.integers(0, 3))
    if how == 0:
        return draw(maybe_mutated(base))
    with zipfile.ZipFile(io.BytesIO(base)) as archive:
        name = draw(st.sampled_from(PARTS))
        part = archive.read(name)
    if how == 1:
        part = draw(mutated(part))
    elif how == 2:
        where = part.rfind(b"</w:body>") if b"</w:body>" in part else len(part) // 2
        deep = draw(nested(draw(st.sampled_from(["<w:p>", "<w:r>", "<w:sdt><w:sdtContent>", "<w:tbl><w:tr><w:tc>"])),
                           "", "<w:t>Deep text.</w:t>")).encode()
        part = part[:where] + deep + part[where:]
    else:
        part = draw(st.sampled_from([b"", b"<?xml version='1.0'?>", b"<x/>", draw(st.binary(max_size=100)),
                                     b'<!DOCTYPE d [<!ENTITY a "aaaaaaaaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;">'
                                     b'<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;">]>'
                                     b"<d>&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;</d>"]))
    return _rezip(base, {name: part})


# ---------------------------------------------------------------------------------------------
# PDF (made with reportlab)

# Helvetica in reportlab writes WinAnsi characters; others come out as boxes, which is fine too.
pdf_text = st.one_of(sentences(), st.text(alphabet=st.characters(min_codepoint=32, max_codepoint=0x2FF,
                                                                 exclude_categories=("Cs",)), max_size=60))


@st.composite
def pdf_base(draw) -> bytes:
    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    c = canvas.Canvas(out, pageCompression=draw(st.sampled_from([0, 0, 1])), invariant=1)
    c.setTitle(draw(pdf_text))
    c.setAuthor(draw(st.sampled_from(["(anonymous)", "Anna Kovar", ""])))
    c.setSubject(draw(pdf_text))
    for page in range(draw(st.integers(1, 4))):
        y = 760
        if draw(st.booleans()):
            key = f"p{page}"
            c.bookmarkPage(key)
            c.addOutlineEntry(draw(pdf_text) or "x", key, level=0)
        for _ in range(draw(st.integers(0, 12))):
            c.setFont("Helvetica", draw(st.sampled_from([6, 10, 10, 14, 30])))
            c.drawString(draw(st.sampled_from([40, 72, 300])), y, draw(pdf_text))
            y -= draw(st.sampled_from([12, 14, 30, -20, 0]))
        c.showPage()
    c.save()
    return out.getvalue()


@st.composite
def pdf_files(draw) -> bytes:
    return draw(maybe_mutated(draw(pdf_base())))


# ---------------------------------------------------------------------------------------------
# Templates (YAML) and projects (JSON)

SECTION_KINDS = ["summary", "background", "actors", "issues", "outlook", "timeline", "quotes", "contradictions",
                 "sources", "nonsense", ""]
odd_scalar = st.one_of(st.none(), st.booleans(), st.integers(min_value=-2**70, max_value=2**70),
                       st.floats(allow_nan=True), unicode_text, st.sampled_from(["", "0", "-1", "1e9", "none", "~"]))
any_value = st.recursive(odd_scalar, lambda children: st.one_of(st.lists(children, max_size=3),
                                                                st.dictionaries(unicode_text, children, max_size=3)),
                         max_leaves=8)
STYLE_KEYS = ["page_size", "margins", "font", "font_size", "heading_font", "colour", "accent", "logo", "reference_docx",
              "cover", "compact_cover", "line_spacing", "colours", "fonts", "nonsense"]


@st.composite
def template_data(draw) -> dict:
    def maybe(value_strategy):
        return draw(st.one_of(value_strategy, odd_scalar)) if draw(st.integers(0, 5)) == 0 else draw(value_strategy)

    data: dict = {"format": maybe(st.sampled_from(["briefing-template/1", "briefing-template/2", "brief-template/0"])),
                  "name": maybe(st.sampled_from(["mine", "x" * 300, "../../escape"]))}
    sections = []
    for _ in range(draw(st.integers(0, 6))):
        section = {"kind": maybe(st.sampled_from(SECTION_KINDS)), "title": maybe(unicode_text)}
        for key in draw(st.lists(st.sampled_from(["max_items", "max_words", "min_sources", "enabled", "options",
                                                  "colour"]), max_size=3)):
            section[key] = draw(st.one_of(st.integers(-5, 10**12), odd_scalar, any_value))
        sections.append(section)
    data["sections"] = maybe(st.just(sections))
    if draw(st.booleans()):
        data["watchlist"] = maybe(st.lists(st.fixed_dictionaries({"name": unicode_text,
                                                                  "terms": st.lists(unicode_text, max_size=3)}),
                                           max_size=3))
    if draw(st.booleans()):
        data["defaults"] = maybe(st.dictionaries(st.sampled_from(["title", "subtitle", "author", "marking", "x"]),
                                                 odd_scalar, max_size=4))
    if draw(st.booleans()):
        data["style"] = maybe(st.dictionaries(st.sampled_from(STYLE_KEYS), any_value, max_size=4))
    for key in draw(st.lists(st.sampled_from(["description", "version", "sectons", "extra"]), max_size=2)):
        data[key] = draw(any_value)
    return data


@st.composite
def template_texts(draw) -> str:
    import yaml

    text = yaml.safe_dump(draw(template_data()), allow_unicode=draw(st.booleans()), sort_keys=False)
    how = draw(st.integers(0, 4))
    if how == 0:
        text = draw(mutated(text.encode("utf-8"))).decode("utf-8", errors="replace")
    elif how == 1:
        lines = text.split("\n")
        for _ in range(draw(st.integers(1, 4))):
            pos = draw(st.integers(0, len(lines)))
            lines.insert(pos, draw(st.sampled_from(["\tkind: summary", "  - &x {kind: summary}", "  - *x", "  - *y",
                                                    "sections: [", "? [a, b]\n: c", "style: !!python/name:os.system",
                                                    "name: !!binary aGk=", "%YAML 1.1", "--- !!set", "...",
                                                    "<<: {kind: timeline}", "  <<: *x", "{{{{{{{{",
                                                    "name: 2024-02-30", "description: 2024-13-01 25:61:00",
                                                    "version: 0000-01-01"])))
        text = "\n".join(lines)
    elif how == 2:
        text = draw(alias_bomb()) + "\n" + text
    return text


@st.composite
def brief_data(draw) -> dict:
    citation = st.fixed_dictionaries({"source": st.sampled_from(["S1", "S2", "S99"]), "sentence": st.integers(-1, 50),
                                      "start": st.integers(-1, 500), "end": st.integers(-1, 500)})
    statement = st.fixed_dictionaries({"text": unicode_text, "citations": st.lists(citation, max_size=2)})
    section = st.fixed_dictionaries({"kind": st.sampled_from(SECTION_KINDS), "title": unicode_text},
                                    optional={"statements": st.lists(statement, max_size=2),
                                              "items": st.lists(statement, max_size=2)})
    source = st.fixed_dictionaries({"id": st.sampled_from(["S1", "S2"]), "title": unicode_text, "path": unicode_text,
                                    "words": st.integers(0, 10**6)})
    return {"format": "briefing/1", "title": draw(unicode_text), "template": {"name": "standard", "version": 1},
            "sources": draw(st.lists(source, max_size=3)), "sections": draw(st.lists(section, max_size=3))}


def _spoil_json(draw, value, depth: int = 0):
    """The JSON value with one node somewhere replaced by something of another kind."""
    if isinstance(value, dict) and value and draw(st.integers(0, 2)):
        key = draw(st.sampled_from(sorted(value)))
        return {**value, key: _spoil_json(draw, value[key], depth + 1)}
    if isinstance(value, list) and value and draw(st.integers(0, 2)):
        i = draw(st.integers(0, len(value) - 1))
        return value[:i] + [_spoil_json(draw, value[i], depth + 1)] + value[i + 1:]
    return draw(any_value)


@st.composite
def project_texts(draw) -> str:
    data = {"format": "briefing-project/1",
            "documents": draw(st.lists(st.fixed_dictionaries(
                {"path": unicode_text, "included": st.booleans(), "excluded_headings": st.lists(unicode_text, max_size=2)},
                optional={"relative": st.sampled_from(["../../../etc/passwd", "a.txt", "", "/abs", "~"])}), max_size=4)),
            "template": {"name": draw(st.sampled_from(["standard", "nope", ""])),
                         "yaml": draw(st.one_of(st.none(), template_texts()))},
            "options": draw(st.dictionaries(st.sampled_from(["title", "subtitle", "author", "marking", "x"]),
                                            unicode_text, max_size=4)),
            "brief": draw(st.one_of(st.none(), brief_data()))}
    how = draw(st.integers(0, 4))
    if how == 0:
        data = _spoil_json(draw, data)
    text = json.dumps(data, ensure_ascii=draw(st.booleans()))
    if how == 1:
        text = draw(mutated(text.encode("utf-8"))).decode("utf-8", errors="replace")
    elif how == 2:
        text = draw(nested("[", "]", "1")) if draw(st.booleans()) else text.replace(
            '"brief": ', '"brief": ' + '{"a": ' * 300, 1)
    return text
