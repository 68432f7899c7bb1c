"""Bad input: each unusable file gets one clear line naming it; the other files are still used."""

import os
import subprocess
import sys

import pytest

from briefing.cli import main
from briefing.ingest import read_document
from briefing.model import BriefingError, run_to_end
from briefing.services import ingest

GOOD = "Officials met in the capital on Monday. They agreed to meet again in May.\n"


def message_for(path) -> str:
    with pytest.raises(BriefingError) as caught:
        read_document(path)
    message = str(caught.value)
    assert message and "\n" not in message and "Traceback" not in message
    return message


def test_empty_file_is_named_as_empty(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.md").write_bytes(b"  \n\n\t\n")
    assert "empty" in message_for(tmp_path / "empty.txt")
    assert "empty" in message_for(tmp_path / "blank.md")


def test_binary_junk_with_a_txt_name_is_not_text(tmp_path):
    path = tmp_path / "junk.txt"
    path.write_bytes(bytes(range(256)) * 64 + os.urandom(4096))
    assert "not text" in message_for(path)


def test_file_over_the_size_limit_is_refused_without_reading_it(tmp_path):
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:        # sparse: 60 MB on paper, instant to make
        handle.seek(60 * 2**20)
        handle.write(b"\n")
    message = message_for(path)
    assert "too large" in message and "60 MB" in message and "50 MB" in message


def test_html_named_txt_is_read_as_html(tmp_path):
    path = tmp_path / "page.txt"
    path.write_text("<!DOCTYPE html><html><head><script>var leak = 'Script text.';</script></head>"
                    "<body><nav>Home</nav><p>" + GOOD + "</p></body></html>", encoding="utf-8")
    doc = read_document(path)
    assert [s.text for s in doc.sentences] == ["Officials met in the capital on Monday.",
                                               "They agreed to meet again in May."]
    assert "Script" not in doc.text and "<" not in doc.text and "Home" not in doc.text


def test_pdf_named_docx_is_read_as_pdf(tmp_path):
    from reportlab.pdfgen import canvas
    path = tmp_path / "report.docx"
    c = canvas.Canvas(str(path))
    c.drawString(72, 720, "Officials met in the capital on Monday.")
    c.save()
    assert read_document(path).sentences[0].text == "Officials met in the capital on Monday."


def test_unknown_extension_with_text_is_read_as_plain_text(tmp_path):
    path = tmp_path / "notes.log"
    path.write_text(GOOD, encoding="utf-8")
    assert len(read_document(path).sentences) == 2


def make_mixed_folder(folder):
    folder.mkdir()
    (folder / "good.txt").write_text(GOOD, encoding="utf-8")
    (folder / "page.html").write_text("<html><body><p>The talks resumed in Geneva on Tuesday.</p></body></html>",
                                      encoding="utf-8")
    (folder / "broken.docx").write_bytes(b"PK\x03\x04 not a zip" + bytes(100))
    (folder / "broken.pdf").write_bytes(b"%PDF-1.4 not really a pdf")
    (folder / "junk.txt").write_bytes(bytes(range(256)) * 16)
    (folder / "empty.md").write_bytes(b"")
    (folder / "latin1.txt").write_bytes("Le ministre a déclaré lundi que les négociations reprendraient.\n"
                                        .encode("latin-1"))
    (folder / "utf16.txt").write_bytes("Die Gespräche werden in Zürich fortgesetzt.\n".encode("utf-16"))
    return {"broken.docx", "broken.pdf", "junk.txt", "empty.md"}


def test_ingest_job_turns_each_bad_file_into_one_problem_and_keeps_the_rest(tmp_path):
    bad = make_mixed_folder(tmp_path / "docs")
    result = run_to_end(ingest([tmp_path / "docs"]))
    assert sorted(os.path.basename(d.path) for d in result.documents) == ["good.txt", "latin1.txt", "page.html",
                                                                         "utf16.txt"]
    assert sorted(os.path.basename(p.path) for p in result.problems) == sorted(bad)
    for problem in result.problems:
        assert "\n" not in str(problem) and str(problem).startswith(problem.path)


def test_cli_build_with_bad_files_prints_one_line_each_and_succeeds(tmp_path, capsys):
    bad = make_mixed_folder(tmp_path / "docs")
    out = tmp_path / "brief.json"
    assert main(["build", str(tmp_path / "docs"), "-o", str(out)]) == 0
    err = capsys.readouterr().err
    assert out.is_file() and "Traceback" not in err
    for name in bad:
        assert len([line for line in err.splitlines() if name in line]) == 1, name


def test_cli_build_fails_only_when_nothing_usable_remains(tmp_path):
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "broken.docx").write_bytes(b"PK\x03\x04 not a zip")
    (folder / "empty.txt").write_bytes(b"")
    done = subprocess.run([sys.executable, "-m", "briefing", "build", str(folder), "-o", str(tmp_path / "b.json")],
                          capture_output=True, text=True)
    assert done.returncode != 0
    assert "Traceback" not in done.stderr and "broken.docx" in done.stderr and "empty.txt" in done.stderr
    assert not (tmp_path / "b.json").exists()


@pytest.mark.parametrize("name,content,expected", [
    ("old.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600), "save it as .docx"),
    ("old.docx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600), "save it as .docx"),
    ("letter.txt", rb"{\rtf1\ansi\deff0 {\fonttbl {\f0 Times;}} Officials met on Monday.\par }", "RTF"),
], ids=["doc", "doc named docx", "rtf named txt"])
def test_formats_we_do_not_read_say_what_to_do(tmp_path, name, content, expected):
    path = tmp_path / name
    path.write_bytes(content)
    assert expected in message_for(path)


def test_html_fragment_named_txt_is_read_as_html(tmp_path):
    path = tmp_path / "fragment.txt"
    path.write_text("<div class='story'><p>Officials met in the capital on Monday.</p></div>", encoding="utf-8")
    assert read_document(path).sentences[0].text == "Officials met in the capital on Monday."


def test_damaged_pdf_gives_our_line_and_no_library_chatter(tmp_path):
    from reportlab.pdfgen import canvas
    whole = tmp_path / "whole.pdf"
    c = canvas.Canvas(str(whole))
    c.drawString(72, 720, "Officials met in the capital on Monday.")
    c.save()
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "half.pdf").write_bytes(whole.read_bytes()[: len(whole.read_bytes()) // 2])
    (folder / "good.txt").write_text(GOOD, encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "briefing", "build", str(folder), "-o", str(tmp_path / "b.json")],
                          capture_output=True, text=True)
    assert done.returncode == 0
    lines = [line for line in done.stderr.splitlines() if line.strip() and "\r" not in line]
    assert [line for line in lines if "half.pdf" in line] and not any("WARNING" in line for line in lines)


def test_a_document_with_more_text_than_the_analysis_can_take_is_refused_saying_so(tmp_path, monkeypatch):
    import docx
    from reportlab.pdfgen import canvas

    from briefing.ingest import structure

    monkeypatch.setattr(structure, "MAX_TEXT_CHARS", 2000)
    (tmp_path / "long.txt").write_text(GOOD * 40, encoding="utf-8")
    (tmp_path / "short.txt").write_text(GOOD * 10, encoding="utf-8")
    document = docx.Document()
    for _ in range(40):
        document.add_paragraph(GOOD.strip())
    document.save(str(tmp_path / "long.docx"))
    c = canvas.Canvas(str(tmp_path / "long.pdf"))
    for _ in range(20):
        for line in range(10):
            c.drawString(72, 720 - 14 * line, GOOD.strip())
        c.showPage()
    c.save()
    for name in ("long.txt", "long.docx", "long.pdf"):
        message = message_for(tmp_path / name)
        assert message.startswith("too long to analyse") and "split it" in message, name
    assert read_document(tmp_path / "short.txt").sentences
