"""A folder of good documents and pathological files, made in code (no binary files committed).

`make_hostile_folder(folder, full_size)` writes, beside five good documents (one per format,
invented news), files built to exhaust a reader: a PDF whose pages make the parser work without
end, a PDF whose page stream unpacks to a gigabyte, HTML nested 100,000 levels deep (with a good
paragraph at the bottom, which must be used), a Word file whose text part unpacks to more memory
than one file may take, a text too large to read and one too long to analyse. `full_size=False`
scales the large ones down to what still crosses each limit, for the test suite; the benchmark
(benchmarks/bench_hostile.py) uses the full sizes.
"""

from __future__ import annotations

import io
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path

# Invented news: a port strike in an invented country.
STORY = [
    "Dock workers in the port of Kestrel Bay walked out on Monday over a pay offer, the Harbour Workers' Union said.",
    "The port authority said ships would be diverted to the northern terminal until the talks resume.",
    "Union leader Maren Tollak said the members had rejected the offer by a large margin.",
    "\"We will stay out until the authority returns to the table,\" Tollak told reporters outside the gates.",
    "The transport minister, Edvin Sarro, said on Tuesday that the government would not intervene in the dispute.",
    "Talks between the union and the port authority are due to resume in Kestrel Bay on 14 March.",
]


@dataclass(frozen=True)
class HostileFolder:
    good: list[str]                  # file names that must be read and used
    bad: dict[str, tuple[str, ...]]  # file name -> words its one-line message may give (any of them)


def _good_documents(folder: Path) -> list[str]:
    import docx
    from reportlab.pdfgen import canvas

    (folder / "strike.txt").write_text("Port strike enters second day\n\n" + " ".join(STORY[:3]) + "\n\n"
                                       + " ".join(STORY[3:]) + "\n", encoding="utf-8")
    (folder / "talks.md").write_text("# Union rejects pay offer\n\n" + " ".join(STORY[2:5]) + "\n", encoding="utf-8")
    (folder / "page.html").write_text("<!DOCTYPE html><html><head><title>Port news</title></head><body><article>"
                                      "<h1>Ships diverted as strike goes on</h1>"
                                      + "".join(f"<p>{s}</p>" for s in STORY[1:4]) + "</article></body></html>",
                                      encoding="utf-8")
    document = docx.Document()
    document.add_heading("Minister stays out of port dispute", 1)
    for sentence in STORY[4:]:
        document.add_paragraph(sentence)
    document.save(str(folder / "minister.docx"))
    c = canvas.Canvas(str(folder / "brief.pdf"), invariant=1)
    y = 760
    for sentence in STORY[::2]:
        words = sentence.split()
        c.drawString(40, y, " ".join(words[:12]))
        c.drawString(40, y - 14, " ".join(words[12:]))
        y -= 40
    c.save()
    return ["strike.txt", "talks.md", "page.html", "minister.docx", "brief.pdf"]


def pdf_file(streams: list[bytes], pages: list[list[int]]) -> bytes:
    """A minimal PDF: `streams` as Flate-compressed content streams, each page drawing the
    streams of its list (a stream may be shared by every page)."""
    objects: list[bytes] = []

    def add(body: bytes) -> int:
        objects.append(body)
        return len(objects)

    font = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
    stream_ids = []
    for stream in streams:
        packed = stream if stream.startswith(b"x\x9c") or stream.startswith(b"x\xda") else zlib.compress(stream, 9)
        stream_ids.append(add(b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(packed) + packed
                              + b"\nendstream"))
    tree = len(objects) + len(pages) + 1
    page_ids = [add(b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 %d 0 R >> >>"
                    b" /Contents [%s] >>" % (tree, font, b" ".join(b"%d 0 R" % stream_ids[i] for i in refs)))
                for refs in pages]
    assert add(b"<< /Type /Pages /Kids [%s] /Count %d >>" % (b" ".join(b"%d 0 R" % p for p in page_ids),
                                                             len(page_ids))) == tree
    catalog = add(b"<< /Type /Catalog /Pages %d 0 R >>" % tree)
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    out.write(b"".join(b"%010d 00000 n \n" % offset for offset in offsets))
    out.write(b"trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, catalog, xref))
    return out.getvalue()


def _deflated_zeros(megabytes: int) -> bytes:
    """zlib data that unpacks to `megabytes` MB of spaces (made a megabyte at a time)."""
    packer = zlib.compressobj(9)
    block = b" " * 2**20
    return b"".join(packer.compress(block) for _ in range(megabytes)) + packer.flush()


def _prose(characters: int) -> str:
    """Ordinary prose of about this length (the story's sentences over and over, numbered so that
    they are not all the same sentence)."""
    out, size, n = [], 0, 0
    while size < characters:
        sentence = f"{STORY[n % len(STORY)]} Report {n} followed.\n\n" if n % 5 == 4 else STORY[n % len(STORY)] + " "
        out.append(sentence)
        size += len(sentence)
        n += 1
    return "".join(out)


def make_hostile_folder(folder: Path, full_size: bool = False) -> HostileFolder:
    folder.mkdir(parents=True, exist_ok=True)
    good = _good_documents(folder)

    # pages that each make the parser run through a megabyte of drawing operators
    busy = b"1 0 0 1 0 0 cm\n" * (2**20 // 15)
    (folder / "endless.pdf").write_bytes(pdf_file([busy], [[0]] * 1000))
    # a page whose one stream unpacks to a gigabyte (the full size) or past the 75 MB pypdf allows
    (folder / "bomb.pdf").write_bytes(pdf_file([_deflated_zeros(1024 if full_size else 80)], [[0]]))
    # 100,000 levels of <div>, a good paragraph at the bottom
    depth = 100_000
    (folder / "deep.html").write_text("<html><body>" + "<div>" * depth + f"<p>{STORY[0]} {STORY[4]}</p>"
                                      + "</div>" * depth + "</body></html>", encoding="utf-8")
    # a Word file whose document part unpacks to 190 MB of paragraphs (under the 200 MB a part may
    # have, past the memory one file may take once parsed); for the test, 60 MB (too long a text)
    paragraph = b"<w:p><w:r><w:t>" + STORY[1].encode() + b"</w:t></w:r></w:p>"
    megabytes = 190 if full_size else 60
    body = paragraph * (megabytes * 2**20 // len(paragraph))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", b'<w:document xmlns:w="http://schemas.openxmlformats.org/'
                         b'wordprocessingml/2006/main"><w:body>' + body + b"</w:body></w:document>")
    (folder / "bomb.docx").write_bytes(out.getvalue())
    # a text over the 50 MB a file may have (sparse for the test: only its size is looked at)
    with (folder / "huge.txt").open("wb") as handle:
        if full_size:
            chunk = _prose(2**20).encode()
            for _ in range(60):
                handle.write(chunk)
        else:
            handle.seek(60 * 2**20)
            handle.write(b"\n")
    # a text under that size with more text than one document may have
    (folder / "long.txt").write_text(_prose(10_000_000 if full_size else 2_100_000), encoding="utf-8")
    return HostileFolder(good + ["deep.html"], {
        "endless.pdf": ("took over",),
        "bomb.pdf": ("decompression bomb",),       # pypdf's limit on what one stream may unpack to
        "bomb.docx": ("memory", "took over", "too long"),
        "huge.txt": ("too large",),
        "long.txt": ("too long",),
    })
