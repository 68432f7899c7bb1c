"""Any name the file system allows is read, reported and exported: kept exactly, shown readably."""

import json
import os
import random
import re
import subprocess
import sys
from pathlib import Path

import docx
import pytest

from briefing.model import Brief, InputProblem, Source, display_name, display_path, store_path, stored_path

needs_bytes_names = pytest.mark.skipif(sys.platform in ("win32", "darwin"),
                                       reason="only POSIX file systems without a name encoding take any bytes")

# Names a user may meet: from an old Latin-1 archive, with line breaks, options, shell syntax,
# terminal escapes, direction overrides, other scripts, and as long as a name may be.
HOSTILE_NAMES = [
    b"caf\xe9 notes.txt",
    b"two\nlines.txt",
    b"-o.txt",
    b"--help.md",
    b"$(touch PWNED); rm -rf ~ ;'\"*?`x`.txt",
    b"\x1b[31mred\x1b[0m.txt",
    "\u202etxt.exe".encode() + b".txt",
    "報告 회의 تقرير.txt".encode(),
    b"tab\there.md",
    b"L" * 251 + b".txt",
]


def _prose(n: int) -> str:
    """Invented news prose, different for each n, so that no two files are the same document."""
    town, minister = f"Norvale{n}", f"Ilse Varga{'n' * (n % 3)}"
    return (f"The harbour council of {town} approved a new ferry timetable on Monday, officials said.\n\n"
            f"Minister {minister} said the timetable would add {n + 3} crossings a week from March.\n\n"
            f"Fishing crews in {town} warned that the extra crossings could disturb the spring catch.\n\n"
            f"The council will review the timetable again in June after a public hearing.\n")


def _hostile_folder(root: Path) -> Path:
    folder = root / "in"
    folder.mkdir()
    for n, name in enumerate(HOSTILE_NAMES):
        with open(os.path.join(os.fsencode(folder), name), "w", encoding="utf-8") as out:
            out.write(_prose(n))
    # and one that cannot be read, under a name that is not UTF-8 either
    with open(os.path.join(os.fsencode(folder), b"r\xe9sum\xe9.pdf"), "wb") as out:
        out.write(b"%PDF-1.4 not really a pdf")
    return folder


def _build(args: list[str], cwd: Path) -> subprocess.CompletedProcess:
    # strict UTF-8 on stdout: a lone surrogate reaching it would fail the build, as on most desktops
    env = {**os.environ, "PYTHONIOENCODING": "utf-8:strict", "BRIEFING_WORKERS": "1"}
    return subprocess.run([sys.executable, "-m", "briefing", "build", *args], cwd=cwd, env=env,
                          capture_output=True, timeout=300)


# -- showing -----------------------------------------------------------------------------------

def test_a_byte_that_is_not_utf8_is_shown_as_an_escape_and_the_rest_as_it_is():
    assert display_path(os.fsdecode(b"/docs/caf\xe9 notes.txt")) == "/docs/caf\\xe9 notes.txt"
    assert display_path("/docs/報告 회의.txt") == "/docs/報告 회의.txt"


@pytest.mark.parametrize("name, shown", [("two\nlines.txt", "two\\nlines.txt"), ("a\rb", "a\\rb"),
                                         ("\x1b[31mred", "\\x1b[31mred"), ("x\u2028y", "x\\u2028y"),
                                         ("\u202etxt.exe", "\\u202etxt.exe"), ("del\x7f", "del\\x7f")])
def test_line_breaks_escapes_and_direction_overrides_are_shown_escaped(name, shown):
    assert display_path(name) == shown


def test_a_shown_path_is_one_line_of_valid_utf8_whatever_its_bytes():
    for raw in [bytes([b]) for b in range(1, 256) if b != 0x2F] + [bytes(range(1, 47)) + bytes(range(48, 256))]:
        shown = display_path(os.fsdecode(raw))
        shown.encode("utf-8")          # no lone surrogates
        assert shown.isprintable() or set(shown) - set(map(chr, range(32, 0x110000))) == set(), shown
        assert "\n" not in shown and "\r" not in shown


def test_display_name_is_the_last_part_shown_readably():
    assert display_name(os.fsdecode(b"/a/b/caf\xe9.txt")) == "caf\\xe9.txt"


def test_a_problem_with_a_file_names_it_readably_on_one_line():
    line = str(InputProblem(os.fsdecode(b"/in/caf\xe9\nx.pdf"), "cannot read as PDF"))
    assert line == "/in/caf\\xe9\\nx.pdf: cannot read as PDF"


# -- keeping -----------------------------------------------------------------------------------

def test_stored_path_gives_back_every_byte_of_any_file_name():
    rng = random.Random(12)
    names = [bytes([b]) for b in range(1, 256) if b != 0x2F]
    names += [bytes(rng.choice([b for b in range(1, 256) if b != 0x2F]) for _ in range(rng.randint(1, 255)))
              for _ in range(300)]
    for raw in names:
        path = os.fsdecode(b"/in/" + raw)
        kept = json.loads(json.dumps(store_path(path), ensure_ascii=False))
        assert stored_path(kept) == path
        assert json.dumps(kept, ensure_ascii=False).encode("utf-8")     # JSON text, valid UTF-8


def test_a_name_that_is_valid_text_is_stored_as_text_alone():
    assert store_path("/in/報告\nx.txt") == {"path": "/in/報告\nx.txt"}
    assert store_path(os.fsdecode(b"/in/caf\xe9.txt")) == {"path": "/in/caf\ufffd.txt",
                                                           "path_bytes": "/in/caf%E9.txt"}


def test_a_brief_source_keeps_its_exact_path_through_json():
    path = os.fsdecode(b"/in/caf\xe9 100%.txt")
    brief = Brief("T", sources=[Source("S1", "T", path)])
    text = json.dumps(brief.to_dict(), ensure_ascii=False)
    assert Brief.from_dict(json.loads(text)).sources[0].path == path


# -- end to end ----------------------------------------------------------------------------------

@needs_bytes_names
def test_build_reads_reports_and_exports_files_of_any_name_in_every_format(tmp_path):
    folder = _hostile_folder(tmp_path)
    files = {os.path.join(os.fsencode(folder), n) for n in os.listdir(os.fsencode(folder))}
    for suffix in ("json", "md", "docx", "pdf"):
        done = _build([str(folder), "-o", f"brief.{suffix}"], tmp_path)
        assert done.returncode == 0, done.stderr.decode("utf-8", "replace")
        errors = done.stderr.decode("utf-8").splitlines()      # valid UTF-8, one line per message
        assert all(line.startswith("briefing: ") for line in errors), errors
        [skipped] = [line for line in errors if "skipped" in line]
        assert skipped.startswith(f"briefing: skipped {folder}/r\\xe9sum\\xe9.pdf: ")
    assert not (tmp_path / "PWNED").exists() and not (folder / "PWNED").exists()    # no shell ran

    sources = json.loads((tmp_path / "brief.json").read_text(encoding="utf-8"))["sources"]
    kept = {os.fsencode(stored_path(s)) for s in sources}
    assert kept == files - {os.path.join(os.fsencode(folder), b"r\xe9sum\xe9.pdf")}

    shown = [display_path(os.fsdecode(n)) for n in HOSTILE_NAMES]      # the source list names the file
    markdown = (tmp_path / "brief.md").read_text(encoding="utf-8")
    word = "\n".join(p.text for p in docx.Document(str(tmp_path / "brief.docx")).paragraphs)
    pdf = subprocess.run(["pdftotext", "-layout", str(tmp_path / "brief.pdf"), "-"], capture_output=True,
                         check=True).stdout.decode("utf-8")
    for name in shown:
        assert name in markdown and name in word
    assert "caf\\xe9 notes.txt" in pdf
    assert "\x1b" not in markdown + word + pdf and "\u202e" not in markdown + word + pdf


@needs_bytes_names
def test_a_file_whose_name_starts_with_a_dash_is_read_after_double_dash(tmp_path):
    (tmp_path / "-o.txt").write_text(_prose(1), encoding="utf-8")
    done = _build(["--", "-o.txt"], tmp_path)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["sources"][0]["path"] == "-o.txt"


@needs_bytes_names
def test_markdown_with_figures_under_any_name_links_each_picture_by_its_exact_bytes(tmp_path):
    from urllib.parse import unquote_to_bytes

    from briefing.export import write_brief
    from test_figures import invented_brief
    target = os.fsdecode(os.path.join(os.fsencode(tmp_path), b"caf\xe9 (draft) #2.md"))
    write_brief(invented_brief(), Path(target))
    text = Path(target).read_text(encoding="utf-8")
    links = re.findall(r"!\[[^\]]*\]\(([^)\s]+)\)", text)
    assert len(links) == 3 and links[0] == "caf%E9%20%28draft%29%20%232-figure-1.png"
    for link in links:
        assert os.path.isfile(os.path.join(os.fsencode(tmp_path), unquote_to_bytes(link)))
