"""A document and its per-document analysis in the stored form, and back, exactly.

Text is zlib-compressed UTF-8; the layout (headings, sentence spans, furniture, the other fields
of the document by name) and the analysis
(the names found in the document, `analysis.names.DocumentNames`) are msgpack, compressed:
plain values only, so that opening someone else's library file can never run code (as unpickling
could). Decoding gives objects equal to what the reader and `document_names` made.
"""

from __future__ import annotations

import dataclasses
import json
import os
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import msgpack

from briefing.model import Document, Heading, Sentence

# zlib level: 6 (the default) stores BBC text in 45 % of its size at 60 us a document; 9 saves 1 % more
TEXT_LEVEL = 6
BLOB_LEVEL = 6
# the type a document is filtered by, from its file's extension
KINDS = {".txt": "txt", ".text": "txt", ".md": "md", ".markdown": "md", ".html": "html", ".htm": "html",
         ".docx": "docx", ".pdf": "pdf"}


def kind_of(path: str) -> str:
    return KINDS.get(os.path.splitext(path)[1].lower(), "txt")


@dataclass
class StoredDocument:
    """A document as the library stores it: metadata columns, the text to index, the blobs."""

    sha256: str
    doc_id: str
    title: str
    published: str | None
    date_source: str | None
    outlet: str | None
    author: str | None
    url: str | None
    kind: str
    size: int
    words: int
    flags: str                     # JSON list
    text: str                      # for the full-text index
    text_blob: bytes
    layout_blob: bytes
    analysis_blob: bytes | None


# Document fields kept in their own form; every other field (title, dates, flags, and any field
# added to Document later) goes into the layout blob by name, so none is ever left behind.
STRUCTURE = frozenset({"path", "text", "headings", "sentences", "furniture"})


def document_fields(document: Document) -> dict[str, Any]:
    return {f.name: getattr(document, f.name) for f in dataclasses.fields(Document) if f.name not in STRUCTURE}


def encode_document(document: Document, size: int, names: Any = None) -> StoredDocument:
    layout = ([[h.title, h.level, h.start, h.end, h.section_end] for h in document.headings],
              [[s.index, s.start, s.end, s.heading] for s in document.sentences],
              [list(span) for span in document.furniture],
              document_fields(document))
    return StoredDocument(
        document.sha256, document.id, document.title, document.published, document.date_source,
        document.outlet, document.author, document.url, kind_of(document.path), size, document.words,
        json.dumps(document.flags), document.text,
        zlib.compress(document.text.encode("utf-8"), TEXT_LEVEL),
        zlib.compress(msgpack.packb(layout), BLOB_LEVEL),
        encode_names(names) if names is not None else None)


def decode_text(blob: bytes) -> str:
    return zlib.decompress(blob).decode("utf-8")


def decode_document(text: str, layout_blob: bytes, path: str) -> Document:
    """The Document the reader made, from the stored text and layout, at `path`."""
    headings, sentences, furniture, fields = msgpack.unpackb(zlib.decompress(layout_blob))
    known = {f.name for f in dataclasses.fields(Document)} - STRUCTURE
    return Document(
        path=path, text=text, headings=[Heading(*h) for h in headings],
        sentences=[Sentence(i, start, end, text[start:end], heading) for i, start, end, heading in sentences],
        furniture=[tuple(span) for span in furniture],
        **{name: value for name, value in fields.items() if name in known})


def _mention_fields() -> tuple[str, ...]:
    from briefing.analysis.names import Mention
    return tuple(f.name for f in dataclasses.fields(Mention))


def encode_names(names: Any) -> bytes:
    """`DocumentNames` as rows of its mentions' fields (in declaration order) and its heads."""
    fields = _mention_fields()
    rows = [[getattr(m, f) for f in fields] for m in names.mentions]
    return zlib.compress(msgpack.packb([rows, sorted(names.collective_heads)]), BLOB_LEVEL)


def decode_names(blob: bytes) -> Any:
    from briefing.analysis.names import DocumentNames, Mention
    rows, heads = msgpack.unpackb(zlib.decompress(blob))
    return DocumentNames([Mention(*row) for row in rows], frozenset(heads))


def file_state(path: str | Path) -> tuple[int, int] | None:
    """(size, mtime in ns) of a file, or None when it is not there."""
    try:
        st = os.stat(path)
    except OSError:
        return None
    return st.st_size, st.st_mtime_ns
