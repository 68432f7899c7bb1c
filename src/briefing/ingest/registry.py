"""Which reader handles which file: by extension, or by sniffed content where the extension lies."""

from __future__ import annotations

import errno
import logging
import os
from collections.abc import Callable, Iterator
from importlib import import_module
from pathlib import Path

from briefing.ingest.structure import Extracted, build_document, check_length
from briefing.model import BriefingError, Document, InputProblem

log = logging.getLogger(__name__)

MAX_BYTES = 50 * 1024 * 1024      # larger inputs are refused with a message, not read
OUT_OF_MEMORY = "needs more memory to read than one file may take"
# What the user can do when a file cannot be opened, by errno.
READ_HINTS = {errno.EACCES: "; check that you may read it (its permissions)",
              errno.EPERM: "; check that you may read it (its permissions)",
              errno.ENOENT: "; it was moved or deleted while being read",
              errno.EIO: "; the disk or network share may be failing: copy the file elsewhere and add the copy"}
# extension -> (module, function(path, raw) -> Extracted); imported on first use
READERS: dict[str, tuple[str, str]] = {
    ".txt": ("briefing.ingest.plaintext", "read_plaintext"),
    ".text": ("briefing.ingest.plaintext", "read_plaintext"),
    ".md": ("briefing.ingest.markdown", "read_markdown"),
    ".markdown": ("briefing.ingest.markdown", "read_markdown"),
    ".html": ("briefing.ingest.html", "read_html"),
    ".htm": ("briefing.ingest.html", "read_html"),
    ".docx": ("briefing.ingest.docx_reader", "read_docx"),
    ".pdf": ("briefing.ingest.pdf_reader", "read_pdf"),
}


# Formats we do not read, recognised by their first bytes, with what the user can do instead.
UNSUPPORTED = (
    (b"\xd0\xcf\x11\xe0", "an old-style Office file (.doc, .xls or .ppt); save it as .docx and add that"),
    (b"{\\rtf", "an RTF file; save it as .docx or .txt and add that"),
    (b"PK\x03\x04", None),          # other zip files are judged by the reader of their extension
)
HTML_MARKS = (b"<!doctype html", b"<html", b"<head", b"<body", b"<p>", b"<div", b"<meta ", b"<title>")


def sniff(raw: bytes) -> str | None:
    """The extension the content says it has, where the bytes are unmistakable."""
    head = raw[:2048].lstrip().lower()
    if raw.startswith(b"%PDF-") or raw[:1024].lstrip().startswith(b"%PDF-"):
        return ".pdf"
    if raw.startswith(b"PK\x03\x04") and b"word/" in raw[:65536]:
        return ".docx"
    if head.startswith((b"<!doctype html", b"<html")) or b"<html" in head[:512] or \
            (head.startswith(b"<") and sum(mark in head for mark in HTML_MARKS) >= 2):
        return ".html"
    return None


def refuse_unsupported(raw: bytes) -> None:
    for magic, message in UNSUPPORTED:
        if message and raw.startswith(magic):
            raise BriefingError(f"not supported: {message}")


def reader_for(extension: str) -> Callable[[Path, bytes], Extracted]:
    module, function = READERS[extension]
    return getattr(import_module(module), function)


def read_document(path: str | Path) -> Document:
    """Read one file; any problem becomes a BriefingError with a one-line message."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise BriefingError(f"too large ({size / 2**20:.0f} MB; the limit is {MAX_BYTES // 2**20} MB); "
                                f"split it, or save the part you need as a file of its own")
        raw = path.read_bytes()
    except OSError as exc:
        raise BriefingError(f"cannot read ({exc.strerror or exc}){READ_HINTS.get(exc.errno, '')}") from None
    refuse_unsupported(raw)
    extension = path.suffix.lower()
    sniffed = sniff(raw)
    if sniffed and sniffed != extension:
        extension = sniffed
    if extension not in READERS:
        extension = ".txt"      # unknown extension: plain text if it decodes as text
    out_of_memory = False
    try:
        extracted = reader_for(extension)(path, raw)
        check_length(len(extracted.text))
        document = build_document(path, raw, extracted)
    except BriefingError:
        raise
    except MemoryError:        # past the reading process's memory ceiling (ingest.batch):
        out_of_memory = True   # said below, once the traceback has let go of what the reader held
    except Exception as exc:   # a reader library choking on a corrupt file
        log.debug("reader failed on %s", path, exc_info=True)
        raise BriefingError(f"cannot read as {extension[1:].upper()} ({type(exc).__name__}: "
                            f"{' '.join(str(exc).split())[:120]})") from None
    if out_of_memory:
        raise BriefingError(OUT_OF_MEMORY)
    if not document.sentences:
        raise BriefingError("no readable text found")
    return document


def collect_paths(paths: list[str | Path]) -> tuple[list[Path], list[InputProblem]]:
    """Files named and files under folders named (known extensions only), sorted, deduplicated."""
    files: list[tuple[Path, Path | None]] = []       # each with where it really is, where known
    problems: list[InputProblem] = []
    for given in paths:
        path = Path(given)
        if path.is_dir():
            found = [(Path(entry.path), real) for entry, real in document_entries(path, path.resolve())]
            if not found:
                problems.append(InputProblem(str(path), "folder holds no readable documents "
                                                        f"({', '.join(sorted(READERS))})"))
            files.extend(sorted(found, key=lambda item: item[0]))
        elif path.is_file():
            files.append((path, None))
        else:
            problems.append(InputProblem(str(path), "no such file or folder"))
    unique: list[Path] = []
    seen: set[Path] = set()
    for f, real in files:
        key = real if real is not None else f.resolve()
        if key not in seen:
            seen.add(key)
            unique.append(f)
    return unique, problems


def document_entries(folder: str | Path, real: Path | None = None) -> Iterator[tuple[os.DirEntry, Path | None]]:
    """The files of known extensions under `folder`, as `folder.rglob("*")` finds them: hidden
    files and folders left out, linked folders not entered (a link back to a parent would loop),
    linked files taken, unreadable folders passed over. Each comes as its directory entry (which
    holds its `stat`) and, given `folder`'s real path `real`, its own real path where no link
    leads to it (else None: the caller resolves it). Asking each file its real path
    (`Path.resolve`, a system call per folder of its path) took most of the time on 2,000 files.
    `briefing build` and the document library both read folders through this."""
    try:
        with os.scandir(folder) as entries:
            listed = sorted(entries, key=lambda entry: entry.name)
    except OSError:
        return
    for entry in listed:
        if entry.name.startswith("."):
            continue
        inner = None if real is None else real / entry.name
        try:
            if entry.is_dir(follow_symlinks=False):
                yield from document_entries(entry.path, inner)
            elif os.path.splitext(entry.name)[1].lower() in READERS and entry.is_file():
                yield entry, None if entry.is_symlink() else inner
        except OSError:
            continue


