"""Every reader, fed generated and spoiled files, either reads them or says why in one line.

Nothing else may come out of `read_document`: no other exception, no hang (each file has a time
budget), no runaway memory (a ceiling on address space), and no crash of our own code hidden
behind a broad `except`. Where a reader library chokes on a corrupt file the registry turns that
into one line; for the formats we parse ourselves or with a library that is meant to take anything
(text, Markdown, HTML, the zip and XML of a DOCX), even that is a failure: only the PDF library
may choke. A document that is read keeps the promises of `briefing.model.Document`.
"""

from __future__ import annotations

import re

import pytest
from fuzz_guard import SUPPORTED, Overrun, assert_one_line, crash_report, guard, no_crash_of_ours
from fuzz_inputs import docx_files, html_files, markdown_files, pdf_files, text_files
from hypothesis import given

from briefing.ingest import read_document
from briefing.model import BriefingError, Document

pytestmark = pytest.mark.skipif(not SUPPORTED, reason="needs SIGVTALRM and RLIMIT_AS")

# A small generated file is read in well under a second; ten is a hang.
READ_SECONDS = 10.0
ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
# The registry's catch-all: "cannot read as PDF (KeyError: …)"
CATCH_ALL = re.compile(r"cannot read as (\w+) \(")


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    return tmp_path_factory.mktemp("fuzzed")


def keeps_the_document_promises(document: Document) -> None:
    text = document.text
    assert document.sentences
    for n, sentence in enumerate(document.sentences):
        assert sentence.index == n
        assert text[sentence.start:sentence.end] == sentence.text and sentence.text.strip()
        assert sentence.heading is None or 0 <= sentence.heading < len(document.headings)
    for heading in document.headings:
        assert 0 <= heading.start <= heading.end <= heading.section_end <= len(text)
        assert 1 <= heading.level <= 6
    assert document.published is None or ISO_DATE.fullmatch(document.published), document.published
    assert isinstance(document.title, str)


def read_or_one_line(folder, name: str, raw: bytes) -> None:
    path = folder / name
    path.write_bytes(raw)
    with guard(READ_SECONDS) as swallowed:
        try:
            document = read_document(path)
        except BriefingError as exc:
            message = str(exc)
            assert_one_line(message)
            assert "MemoryError" not in message and "memory" not in message, message
            wrapped = CATCH_ALL.match(message)
            if wrapped and wrapped.group(1) != "PDF":
                pytest.fail(f"a {wrapped.group(1)} reader crashed: {message}\n"
                            + "".join(crash_report(r.exc_info[1]) for r in swallowed))
        except Overrun as exc:
            pytest.fail(f"reading {name} ({len(raw)} bytes) ran over its budget\n{crash_report(exc)}")
        except Exception as exc:
            pytest.fail(f"{type(exc).__name__} escaped from reading {name}\n{crash_report(exc)}")
        else:
            keeps_the_document_promises(document)
    no_crash_of_ours(swallowed)


@given(raw=text_files())
def test_text_reader_reads_or_refuses_any_bytes_in_one_line(folder, raw):
    read_or_one_line(folder, "fuzzed.txt", raw)


@given(raw=markdown_files())
def test_markdown_reader_reads_or_refuses_any_source_in_one_line(folder, raw):
    read_or_one_line(folder, "fuzzed.md", raw)


@given(raw=html_files())
def test_html_reader_reads_or_refuses_any_page_in_one_line(folder, raw):
    read_or_one_line(folder, "fuzzed.html", raw)


@given(raw=docx_files())
def test_docx_reader_reads_or_refuses_any_damaged_word_file_in_one_line(folder, raw):
    read_or_one_line(folder, "fuzzed.docx", raw)


@given(raw=pdf_files())
def test_pdf_reader_reads_or_refuses_any_damaged_pdf_in_one_line(folder, raw):
    read_or_one_line(folder, "fuzzed.pdf", raw)
