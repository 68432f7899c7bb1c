"""Templates, projects and front matter from anyone: refused quickly with FILE:LINE, never read outside."""

import json
import os
import time
from pathlib import Path

import pytest

from briefing.cli import main
from briefing.ingest import read_document
from briefing.library import (
    DocumentChoice,
    Project,
    document_problem,
    missing_documents,
    project_from_json,
    read_project,
    relocate_documents,
    write_project,
)
from briefing.model import Brief, BriefingError, Source
from briefing.templates import load_template, read_template
from briefing.untrusted import PROJECT_LIMITS, TEMPLATE_LIMITS, Limits, Refused, load_json, load_yaml

QUICK = 1.0        # seconds: the issue's bound for refusing any of these


def alias_bomb(levels: int = 10, width: int = 9, indent: str = "  ") -> str:
    """The YAML "billion laughs": each anchor is a list of `width` aliases of the one before."""
    lines = [f"{indent}a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
    lines += [f"{indent}a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * width)}]" for i in range(1, levels)]
    return "\n".join(lines) + "\n"


def deep_block(levels: int) -> str:
    return "".join("  " * i + f"k{i}:\n" for i in range(levels)) + "  " * levels + "end\n"


HOSTILE_TEMPLATES = {
    # the line is that of the alias that takes the expansion past the limit
    "alias bomb": ("sections: [summary]\ndefaults:\n" + alias_bomb(), 8, "aliases expand to more than 100,000"),
    "alias loop": ("sections: [summary]\ndefaults:\n  a: &loop [1, *loop]\n", 3, "inside its own anchor"),
    "merge-key bomb": ("sections: [summary]\nx0: &x0 {a: 1, b: 2, c: 3, d: 4, e: 5, f: 6, g: 7, h: 8}\n"
                       + "".join(f"x{i}: &x{i} [{', '.join([f'*x{i - 1}'] * 10)}]\n" for i in range(1, 7)),
                       6, "aliases expand"),
    "deep block nesting": ("sections: [summary]\nstyle:\n" + "".join("  " * i + f"k{i}:\n" for i in range(1, 60)),
                           34, "nested more than 32 levels deep"),
    "deep flow nesting": ("sections: [summary]\nstyle: " + "[" * 5000 + "]" * 5000 + "\n", 2, "nest"),
    "huge scalar": ("sections: [summary]\ndescription: " + "x" * 200_000 + "\n", 2, "a value of 200,000 characters"),
    "python object tag": ("sections: [summary]\nname: !!python/object/apply:os.system ['touch PWNED']\n", 2,
                          "tag !!python/object/apply:os.system is not allowed"),
    "unknown tag": ("sections: [summary]\nname: !include /etc/passwd\n", 2, "tag !include is not allowed"),
}


@pytest.mark.parametrize("case", list(HOSTILE_TEMPLATES))
def test_a_hostile_template_is_refused_within_a_second_naming_its_line(tmp_path, case):
    text, line, says = HOSTILE_TEMPLATES[case]
    path = tmp_path / "t.yaml"
    path.write_text(text, encoding="utf-8")
    started = time.monotonic()
    with pytest.raises(BriefingError) as refused:
        load_template(str(path))
    assert time.monotonic() - started < QUICK
    message = str(refused.value)
    assert message.startswith(f"{path}:{line}: ") and says in message, message
    assert "\n" not in message and not (tmp_path / "PWNED").exists()


def test_template_validate_refuses_an_alias_bomb_at_once_with_its_line(tmp_path, capsys):
    path = tmp_path / "bomb.yaml"
    path.write_text("format: briefing-template/1\nname: bomb\nsections: [summary]\ndefaults:\n" + alias_bomb(),
                    encoding="utf-8")
    started = time.monotonic()
    assert main(["template", "validate", str(path)]) == 1
    assert time.monotonic() - started < QUICK
    [line] = capsys.readouterr().err.splitlines()
    assert line.startswith(f"{path}:10: aliases expand to more than 100,000 values")


def test_a_template_file_over_the_size_limit_is_refused_naming_the_line_where_it_passes_it(tmp_path):
    path = tmp_path / "big.yaml"
    row = "  - {kind: summary, title: 'A section with a long enough title to fill the line'}\n"
    path.write_text("sections:\n" + row * (TEMPLATE_LIMITS.max_bytes // len(row) + 10), encoding="utf-8")
    with pytest.raises(BriefingError) as refused:
        load_template(str(path))
    line = TEMPLATE_LIMITS.max_bytes // len(row) + 2
    assert str(refused.value).startswith(f"{path}:{line}: file too large for a template (")


def test_anchors_and_aliases_within_the_limits_still_load():
    text = "sections: [summary]\ndefaults: &d {title: Port talks}\nwatchlist:\n  - {name: Quays, terms: &t [quay]}\n"
    template, problems = read_template(text, "ok.yaml")
    assert problems == [] and template.defaults == {"title": "Port talks"}


# -- style files stay where the user put them ---------------------------------------------------

@pytest.mark.parametrize("value", ["../secret.png", "/etc/passwd.ttf", "~/secret.png", "sub/../../secret.png"])
def test_a_style_file_outside_the_template_folder_is_refused_naming_its_line(tmp_path, value):
    folder = tmp_path / "pack"
    folder.mkdir()
    (folder / "t.yaml").write_text(f"sections: [summary]\nstyle:\n  logo: '{value}'\n", encoding="utf-8")
    with pytest.raises(BriefingError) as refused:
        load_template(str(folder / "t.yaml"))
    assert str(refused.value).startswith(f"{folder / 't.yaml'}:3: style logo '{value}' lies outside "
                                         "the template's folder")


def test_a_link_inside_the_template_folder_that_leads_out_is_refused(tmp_path):
    folder = tmp_path / "pack"
    folder.mkdir()
    (tmp_path / "secret.docx").write_bytes(b"PK private")
    (folder / "ref.docx").symlink_to(tmp_path / "secret.docx")
    (folder / "t.yaml").write_text("sections: [summary]\nstyle:\n  docx: {reference: ref.docx}\n", encoding="utf-8")
    template, problems = read_template((folder / "t.yaml").read_text(), "t.yaml", folder)
    assert problems == ["t.yaml:3: style reference .docx 'ref.docx' lies outside the template's folder; "
                        "put the file in the template's folder (or below it) and name it relative to it"]
    assert "reference" not in template.style.get("docx", {})


def test_a_font_file_among_the_fallbacks_is_confined_too(tmp_path):
    text = "sections: [summary]\nstyle:\n  fonts:\n    fallbacks: [DejaVu Sans, /usr/share/fonts/x.ttf]\n"
    template, problems = read_template(text, "t.yaml", tmp_path)
    assert len(problems) == 1 and problems[0].startswith("t.yaml:4: style font '/usr/share/fonts/x.ttf'")
    assert template.style["fonts"]["fallbacks"] == ["DejaVu Sans"]


def test_style_files_in_the_template_folder_or_below_it_are_used(tmp_path):
    (tmp_path / "img").mkdir()
    text = "sections: [summary]\nstyle:\n  logo: img/crest.png\n  docx: {reference: ./ref.docx}\n"
    template, problems = read_template(text, "t.yaml", tmp_path)
    assert problems == [] and template.style["logo"] == str(tmp_path / "img" / "crest.png")


# -- projects --------------------------------------------------------------------------------------

def _project_file(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "p.briefing"
    path.write_text(text, encoding="utf-8")
    return path


def test_a_deeply_nested_project_is_refused_within_a_second_naming_its_line(tmp_path):
    path = _project_file(tmp_path, '{"format": "briefing-project/1",\n "brief":\n' + "[" * 100_000 + "]" * 100_000 + "}")
    started = time.monotonic()
    with pytest.raises(BriefingError) as refused:
        read_project(path)
    assert time.monotonic() - started < QUICK
    assert str(refused.value) == f"{path}:3: nested more than 32 levels deep; too deep for a project"


def test_a_project_with_a_huge_value_is_refused_naming_its_line(tmp_path):
    path = _project_file(tmp_path, '{"format": "briefing-project/1",\n "options":\n {"title": "'
                         + "x" * (PROJECT_LIMITS.max_scalar + 1) + '"}}')
    with pytest.raises(BriefingError, match=rf"^{path}:3: a value of 2,097,153 characters"):
        read_project(path)


def test_a_project_over_the_size_limit_is_refused_before_it_is_read(tmp_path, monkeypatch):
    monkeypatch.setattr("briefing.library.project.PROJECT_LIMITS", Limits("a project", max_bytes=1000))
    path = _project_file(tmp_path, json.dumps({"format": "briefing-project/1", "options": {"title": "x" * 2000}}))
    with pytest.raises(BriefingError, match=rf"^{path}:1: file too large for a project \(2 KB; the limit is 1 KB\)"):
        read_project(path)


def test_a_project_cannot_name_a_template_file_instead_of_a_template(tmp_path):
    path = _project_file(tmp_path, json.dumps({"format": "briefing-project/1",
                                               "template": {"name": "../../etc/passwd"}}, indent=1))
    with pytest.raises(BriefingError) as refused:
        read_project(path)
    assert str(refused.value).startswith(f"{path}:4: template name '../../etc/passwd' is not a template name")


@pytest.mark.parametrize("name, why", [("id_rsa", "not a kind of document briefing reads"),
                                       ("passwd", "not a kind of document briefing reads"),
                                       ("notes.txt", "missing: not found")])
def test_a_project_reads_only_regular_files_of_a_kind_briefing_reads(tmp_path, name, why):
    (tmp_path / "id_rsa").write_text("-----BEGIN OPENSSH PRIVATE KEY-----")
    assert document_problem(str(tmp_path / name)).startswith(why)


def test_a_pipe_named_like_a_document_is_not_read_so_nothing_hangs(tmp_path):
    os.mkfifo(tmp_path / "wait.txt")
    assert document_problem(str(tmp_path / "wait.txt")) == "not a regular file; left out"


def test_a_project_with_moved_documents_opens_lists_them_missing_and_finds_them(tmp_path):
    old, new = tmp_path / "old", tmp_path / "archive" / "2025"
    (old / "a").mkdir(parents=True)
    for name in ("a/one.txt", "two.md"):
        (old / name).write_text(f"Text of {name}.", encoding="utf-8")
    sha = __import__("hashlib").sha256((old / "two.md").read_bytes()).hexdigest()
    brief = Brief("T", sources=[Source("S1", "Two", str(old / "two.md"), sha256=sha)])
    project = Project([DocumentChoice(str(old / "a" / "one.txt"), False, ["Annex"]),
                       DocumentChoice(str(old / "two.md"))], brief=brief)
    path = write_project(project, tmp_path / "p.briefing")
    new.parent.mkdir()
    old.rename(new)
    (new / "decoy").mkdir()
    (new / "decoy" / "two.md").write_text("Another file of the same name.", encoding="utf-8")

    opened = read_project(path)                  # opens: nothing is dropped
    assert [d.path for d in missing_documents(opened)] == [str(old / "a" / "one.txt"), str(old / "two.md")]
    moved = relocate_documents(opened, tmp_path / "archive")
    assert moved == {str(old / "a" / "one.txt"): str(new / "a" / "one.txt"), str(old / "two.md"): str(new / "two.md")}
    assert missing_documents(opened) == [] and opened.brief.sources[0].path == str(new / "two.md")
    assert opened.documents[0].included is False and opened.documents[0].excluded_headings == ["Annex"]


def test_project_relocate_on_the_command_line_saves_the_new_places(tmp_path, capsys):
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "one.txt").write_text("Text.", encoding="utf-8")
    path = write_project(Project([DocumentChoice(str(tmp_path / "docs" / "one.txt"))]), tmp_path / "p.briefing")
    (tmp_path / "docs").rename(tmp_path / "moved")
    assert main(["project", "show", str(path)]) == 1
    out = capsys.readouterr()
    assert out.out.split() == ["missing", str(tmp_path / "docs" / "one.txt")]
    assert main(["project", "relocate", str(path), str(tmp_path / "moved")]) == 0
    assert f"found     {tmp_path / 'docs' / 'one.txt'} -> {tmp_path / 'moved' / 'one.txt'}" in capsys.readouterr().out
    assert main(["project", "show", str(path)]) == 0


# -- front matter and the loaders themselves -------------------------------------------------------

def test_an_alias_bomb_in_markdown_front_matter_is_left_out_and_the_text_read(tmp_path):
    path = tmp_path / "note.md"
    path.write_text("---\ntitle: Quay reopens\nbomb:\n" + alias_bomb() + "---\n\n"
                    "The quay of Calmor reopened on Monday after repairs, officials said.\n", encoding="utf-8")
    started = time.monotonic()
    document = read_document(path)
    assert time.monotonic() - started < QUICK
    assert "reopened on Monday" in document.text and "lol" not in document.text


@pytest.mark.parametrize("text", ["[" * 200_000, '{"a": ' * 200_000])
def test_json_nesting_is_refused_without_exhausting_the_stack(text):
    with pytest.raises(Refused):
        load_json(text, "x.json", PROJECT_LIMITS)


def test_yaml_loader_hands_back_plain_data_and_its_node_tree():
    data, node = load_yaml("a: [1, two, 2025-03-01]\n", "x.yaml", TEMPLATE_LIMITS)
    assert data == {"a": [1, "two", __import__("datetime").date(2025, 3, 1)]} and node.start_mark.line == 0


@pytest.mark.parametrize("value", ["2024-02-30", "0000-01-01", "2024-01-01 25:00:00", "2024-01-01T10:00:00+99:99",
                                   "0x_", "-0b_", "!!timestamp soon", "!!bool maybe", "!!int ten", "!!float x"])
def test_a_value_written_like_a_date_or_number_that_is_none_stays_text(tmp_path, value):
    data, _ = load_yaml(f"when: {value}\nreal: 2024-03-01\n", "t.yaml", TEMPLATE_LIMITS)
    written = value.split(" ", 1)[1] if value.startswith("!!") else value      # the text, without its tag
    assert data["when"] == written and str(data["real"]) == "2024-03-01"
    _, problems = read_template(f"format: briefing-template/1\nname: {value}\nsections: [{{kind: summary}}]\n",
                                "t.yaml")
    assert problems == []
    (tmp_path / "note.md").write_text(f"---\ntitle: Port talks\ndate: {value}\n---\n"
                                      "The port authority said on Friday that talks would resume.\n", encoding="utf-8")
    assert read_document(tmp_path / "note.md").title == "Port talks"


def test_a_message_quoting_the_files_own_text_is_one_escaped_line_of_bounded_length():
    _, problems = read_template('format: "\\x1b[2J\\x1c"\nname: x\nsections: "\\u2028"\n', "t.yaml")
    assert problems and all(p.isprintable() and len(p.splitlines()) == 1 for p in problems)
    assert any("\\x1b" in p for p in problems)
    for data in ({"format": [list(range(1000))] * 1000}, {"format": "a\x1bb\u2028c"},
                 {"format": "briefing-project/1", "brief": {"format": "briefing/1", "sources": [{"words": "x" * 9000}]}}):
        with pytest.raises(BriefingError) as caught:
            project_from_json(json.dumps(data), None, "p.briefing")
        message = str(caught.value)
        assert message.isprintable() and len(message) < 300, message


def test_a_template_line_number_is_the_line_an_editor_shows_even_past_the_line_breaks_only_yaml_sees():
    # NEL, LS and PS break lines for YAML, not for editors or grep -n
    text = "format: briefing-template/1\nname: 'a\x85b\u2028c\u2029d'\nsections: [{kind: summary}]\ndescription: []\n"
    _, problems = read_template(text, "t.yaml")
    assert problems == ["t.yaml:4: description should be text, not a list (put it in quotes)"]
    _, problems = read_template("name: x\u2028\u2028\u2028\nsections: [\n", "t.yaml")
    assert len(problems) == 1 and problems[0].startswith("t.yaml:3: not valid YAML")
    with pytest.raises(Refused) as caught:
        load_yaml("a: '\u2028\u2028'\nb: !!python/object x\n", "t.yaml", TEMPLATE_LIMITS)
    assert caught.value.line == 2
