"""`briefing template ...` and `briefing build --template` as a user runs them."""

import json

import pytest
import yaml

from briefing.cli import main
from briefing.templates import load_template, parse_template


@pytest.fixture(autouse=True)
def user_data(tmp_path, monkeypatch):
    monkeypatch.setenv("BRIEFING_DATA_DIR", str(tmp_path / "data"))
    return tmp_path / "data"


def test_list_names_every_bundled_template_with_its_origin_and_the_user_folder(capsys, user_data):
    assert main(["template", "list"]) == 0
    out = capsys.readouterr().out
    rows = {line.split()[0]: line.split()[1] for line in out.splitlines()[:4]}
    assert rows == {"standard": "bundled", "korea-china": "bundled", "one-pager": "bundled",
                    "situation-report": "bundled"}
    assert str(user_data / "templates") in out


def test_show_prints_yaml_that_loads_as_the_same_template(capsys):
    assert main(["template", "show", "korea-china"]) == 0
    assert parse_template(capsys.readouterr().out, "shown.yaml") == load_template("korea-china")


def test_show_of_an_unknown_name_lists_the_names_there_are(capsys):
    assert main(["template", "show", "nope"]) == 2       # a usage error
    err = capsys.readouterr().err
    assert err.startswith("briefing: error: no template named 'nope'; available: standard, ")


def test_validate_reports_every_problem_with_file_and_line_and_fails(tmp_path, capsys):
    bad = tmp_path / "bad.yaml"
    bad.write_text("name: bad\nsections:\n  - kind: sumary\n  - {kind: outlook, max_items: many}\n",
                   encoding="utf-8")
    assert main(["template", "validate", str(bad)]) == 1
    err = capsys.readouterr().err.splitlines()
    assert err[0].startswith(f"{bad}:3: unknown section kind 'sumary'")
    assert err[1] == f"{bad}:4: max_items should be a whole number, not text ('many')"


def test_validate_of_malformed_yaml_is_one_line_without_a_traceback(tmp_path, capsys):
    bad = tmp_path / "bad.yaml"
    bad.write_text("name: bad\nsections: [summary\n", encoding="utf-8")
    assert main(["template", "validate", str(bad)]) == 1
    err = capsys.readouterr().err
    assert len(err.splitlines()) == 1 and f"{bad}:" in err and "not valid YAML" in err
    assert "Traceback" not in err


def test_validate_of_a_good_file_says_what_it_holds(tmp_path, capsys):
    good = tmp_path / "good.yaml"
    good.write_text("name: good\nsections: [summary, sources]\nwatchlist: {Ports: [port]}\n", encoding="utf-8")
    assert main(["template", "validate", str(good)]) == 0
    assert capsys.readouterr().out == (f"{good}: valid template 'good': 2 sections (summary, sources), "
                                       f"1 watch-list issue\n")


def test_validate_notes_a_logo_that_is_not_there(tmp_path, capsys):
    good = tmp_path / "good.yaml"
    good.write_text("sections: [summary]\nstyle: {logo: crest.png}\n", encoding="utf-8")
    assert main(["template", "validate", str(good)]) == 0
    assert f"style file {tmp_path / 'crest.png'} does not exist" in capsys.readouterr().err


def test_new_copies_a_template_into_the_user_folder_and_prints_its_path(capsys, user_data):
    assert main(["template", "new", "my-brief", "--from", "korea-china"]) == 0
    path = capsys.readouterr().out.strip()
    assert path == str(user_data / "templates" / "my-brief.yaml")
    template = load_template("my-brief")
    assert template.name == "my-brief" and template.watchlist == load_template("korea-china").watchlist
    assert yaml.safe_load(open(path, encoding="utf-8"))["format"] == "briefing-template/1"
    assert main(["template", "list"]) == 0
    assert any(line.split()[:2] == ["my-brief", "user"] for line in capsys.readouterr().out.splitlines())


def test_new_does_not_overwrite_a_saved_template_without_force(capsys):
    assert main(["template", "new", "mine"]) == 0
    assert main(["template", "new", "mine", "--from", "one-pager"]) == 2
    assert "already have a template named 'mine'" in capsys.readouterr().err
    assert [s.kind for s in load_template("mine").sections] == [s.kind for s in load_template("standard").sections]
    assert main(["template", "new", "mine", "--from", "one-pager", "--force"]) == 0
    assert load_template("mine").sections == load_template("one-pager").sections


def test_new_refuses_a_name_that_is_not_a_plain_file_name(capsys):
    assert main(["template", "new", "../x"]) == 2
    assert "cannot be a template name" in capsys.readouterr().err


def test_template_without_an_action_prints_usage():
    assert main(["template"]) == 2


def test_build_with_a_template_file_uses_its_sections_and_names_it_in_the_brief(tmp_path, capsys):
    (tmp_path / "a.txt").write_text("Officials met on Monday. They agreed to meet again in May.\n", encoding="utf-8")
    mine = tmp_path / "mine.yaml"
    mine.write_text("name: mine\nversion: 3\nsections:\n  - {kind: summary, title: Gist}\n  - sources\n",
                    encoding="utf-8")
    assert main(["build", str(tmp_path / "a.txt"), "--template", str(mine), "-q"]) == 0
    brief = json.loads(capsys.readouterr().out)
    assert brief["template"] == {"name": "mine", "version": 3}
    assert [s["title"] for s in brief["sections"]] == ["Gist", "Sources"]


def test_build_with_a_broken_template_names_the_line_and_writes_nothing(tmp_path, capsys):
    (tmp_path / "a.txt").write_text("Officials met on Monday.\n", encoding="utf-8")
    bad = tmp_path / "bad.yaml"
    bad.write_text("sections:\n  - kind: summary\n  - kind: outlok\n", encoding="utf-8")
    out = tmp_path / "b.json"
    assert main(["build", str(tmp_path / "a.txt"), "--template", str(bad), "-o", str(out), "-q"]) == 2
    assert f"{bad}:3: unknown section kind 'outlok'" in capsys.readouterr().err
    assert not out.exists()
