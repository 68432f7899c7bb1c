"""Templates: bundled ones load, broken files are reported by line, old files keep loading, names resolve."""

from pathlib import Path

import pytest
import yaml

from briefing.model import BriefingError
from briefing.model.brief import SECTION_KINDS
from briefing.resources import asset
from briefing.templates import (
    SectionSpec,
    Template,
    TemplateError,
    WatchIssue,
    find_template,
    list_templates,
    load_template,
    parse_template,
    read_template,
    save_template,
    template_to_yaml,
    user_templates_dir,
)
from briefing.templates import loader as template_loader

BUNDLED = ["standard", "one-pager", "situation-report", "korea-china"]


@pytest.fixture(autouse=True)
def user_data(tmp_path, monkeypatch):
    monkeypatch.setenv("BRIEFING_DATA_DIR", str(tmp_path / "data"))
    return tmp_path / "data"


def problems_of(text: str) -> list[str]:
    with pytest.raises(TemplateError) as caught:
        parse_template(text, "my.yaml")
    return caught.value.problems


# -- bundled templates ------------------------------------------------------------------------

@pytest.mark.parametrize("name", BUNDLED)
def test_each_bundled_template_loads_by_name_with_its_own_name_and_sections(name):
    template = load_template(name)
    assert template.name == name
    assert template.sections and all(s.kind in SECTION_KINDS for s in template.sections)
    assert template.description


def test_standard_template_has_every_section_kind():
    assert {s.kind for s in load_template("standard").sections} == set(SECTION_KINDS)


def test_one_pager_keeps_to_bottom_line_issues_and_outlook_with_small_limits():
    template = load_template("one-pager")
    assert template.style["cover"] == "compact"
    text_kinds = [s.kind for s in template.sections if s.kind != "sources"]
    assert text_kinds == ["summary", "issues", "outlook"]
    assert all(s.max_items is not None and s.max_items <= 3 for s in template.sections if s.kind != "sources")


def test_situation_report_leads_with_the_situation_then_developments_then_outlook():
    kinds = [s.kind for s in load_template("situation-report").sections]
    assert kinds[:3] == ["summary", "timeline", "outlook"]


def test_korea_china_watch_list_names_the_west_sea_structures_and_submarines_first():
    watch = load_template("korea-china").watchlist
    assert watch[:2] == [
        WatchIssue("Steel structures in the West Sea", ["West Sea", "Yellow Sea", "platform", "structure"]),
        WatchIssue("Nuclear-powered submarines", ["nuclear-powered submarine", "submarine"]),
    ]


@pytest.mark.parametrize("name", BUNDLED)
def test_bundled_template_written_as_yaml_loads_back_equal(name):
    template = load_template(name)
    assert parse_template(template_to_yaml(template), "copy.yaml") == template


def test_the_default_style_is_found_so_template_style_keys_are_checked():
    default = template_loader.default_style()
    assert default is not None and {"page", "cover", "fonts", "logo", "docx"} <= set(default)


# -- problems named by line -------------------------------------------------------------------

def test_unknown_key_is_reported_on_its_line_with_the_allowed_keys():
    problems = problems_of("format: briefing-template/1\nname: x\nsectons:\n  - kind: summary\n")
    assert problems[0].startswith("my.yaml:3: unknown key 'sectons'")
    assert "did you mean 'sections'" in problems[0] and "allowed: format, name" in problems[0]


def test_unknown_section_kind_is_reported_on_its_line_with_every_allowed_kind():
    text = "name: x\nsections:\n  - kind: summary\n  - {kind: outlook}\n  - kind: sumary\n"
    [problem] = problems_of(text)
    assert problem.startswith("my.yaml:5: unknown section kind 'sumary'")
    assert problem.endswith("allowed: " + ", ".join(SECTION_KINDS))


def test_wrong_type_is_reported_on_the_line_of_the_value():
    text = "name: x\nsections:\n  - kind: summary\n    title: Bottom line\n    max_items: five\n"
    assert problems_of(text) == ["my.yaml:5: max_items should be a whole number, not text ('five')"]


def test_true_is_not_taken_for_a_number():
    [problem] = problems_of("sections:\n  - {kind: summary, max_words: yes}\n")
    assert problem.startswith("my.yaml:2: max_words should be a whole number")


def test_unknown_key_inside_a_section_names_the_section_kind():
    [problem] = problems_of("sections:\n  - kind: timeline\n    max_item: 3\n")
    assert problem.startswith("my.yaml:3: unknown key 'max_item' in the timeline section (did you mean 'max_items'?)")


def test_malformed_yaml_is_one_line_naming_file_and_line():
    problems = problems_of("name: x\nsections:\n  - {kind: summary, title: [Bottom line}\n")
    assert len(problems) == 1 and problems[0].startswith("my.yaml:3: not valid YAML:")
    assert "\n" not in problems[0]


def test_a_tab_in_the_indentation_says_to_use_spaces():
    [problem] = problems_of("sections:\n\t- kind: summary\n")
    assert problem.startswith("my.yaml:2:") and "spaces, not tabs" in problem


def test_every_problem_is_collected_and_the_error_message_is_the_first():
    text = "name: x\nbogus: 1\nsections:\n  - kind: nope\n  - {kind: quotes, enabled: maybe}\n"
    with pytest.raises(TemplateError) as caught:
        parse_template(text, "my.yaml")
    assert [p.split(":")[1] for p in caught.value.problems] == ["2", "4", "5"]
    assert str(caught.value) == caught.value.problems[0] + " (and 2 more)"


def test_a_key_given_twice_is_reported_because_yaml_would_keep_only_the_last():
    [problem] = problems_of("name: x\nsections: [summary]\nname: y\n")
    assert problem == "my.yaml:3: key 'name' appears twice (first on line 1); only one is kept"


def test_empty_file_and_a_missing_sections_list_are_explained():
    assert "empty" in problems_of("")[0]
    assert "needs `sections`" in problems_of("name: x\n")[0]


def test_template_from_a_newer_version_says_so():
    [problem] = problems_of("format: briefing-template/2\nsections: [summary]\n")
    assert problem.startswith("my.yaml:1: format 'briefing-template/2' is from a newer briefing")


def test_broken_template_file_named_on_the_command_line_reports_its_path_and_line(tmp_path):
    path = tmp_path / "mine.yaml"
    path.write_text("name: mine\nsections:\n  - kind: actors\n    enabled: often\n", encoding="utf-8")
    with pytest.raises(BriefingError, match=r"mine\.yaml:4: enabled should be true or false"):
        load_template(str(path))


def test_watch_list_problems_point_at_the_issue():
    text = "sections: [issues]\nwatchlist:\n  - name: Ports\n    terms: [port]\n  - terms: [harbour]\n"
    assert problems_of(text) == ["my.yaml:5: a watch-list issue needs a `name`"]


# -- what a valid file may say ----------------------------------------------------------------

def test_short_forms_load_as_their_long_forms():
    template = parse_template(
        "sections:\n  - summary\n  - {kind: issues}\nwatchlist:\n  Ports: [port, harbour]\n  Tariffs: tariff\n",
        "short.yaml")
    assert template.name == "short"
    assert template.sections == [SectionSpec("summary", "Bottom line up front"), SectionSpec("issues", "Open issues")]
    assert template.watchlist == [WatchIssue("Ports", ["port", "harbour"]), WatchIssue("Tariffs", ["tariff"])]


def test_numbers_where_text_is_expected_are_taken_as_text():
    template = parse_template("defaults: {subtitle: 2025}\nsections: [summary]\n")
    assert template.defaults == {"subtitle": "2025"}


def test_old_template_without_format_and_with_old_spellings_keeps_loading():
    old = ("name: legacy\nwatch_list:\n  - {name: Ports, terms: [port]}\n"
           "sections:\n  - {type: summary, heading: Key points, max_statements: 4}\n")
    template = parse_template(old, "legacy.yaml")
    assert template.sections == [SectionSpec("summary", "Key points", max_items=4)]
    assert template.watchlist == [WatchIssue("Ports", ["port"])]


def test_old_spelling_in_a_current_format_file_is_a_problem_not_a_silent_rename():
    [problem] = problems_of("format: briefing-template/1\nsections: [summary]\nwatch_list: []\n")
    assert problem.startswith("my.yaml:3: unknown key 'watch_list'") and "did you mean 'watchlist'" in problem


def test_problem_in_a_migrated_old_key_still_names_its_line():
    [problem] = problems_of("name: legacy\nsections:\n  - type: summary\n    max_statements: lots\n")
    assert problem.startswith("my.yaml:4: max_items should be a whole number")


def test_style_file_names_are_resolved_against_the_template_folder(tmp_path):
    folder = tmp_path / "shared"
    folder.mkdir()
    (folder / "brief.yaml").write_text(
        "sections: [summary]\nstyle:\n  logo: img/crest.png\n  docx: {reference: ./ref.docx}\n"
        "  fonts: {body: fonts/Body.ttf, headings: DejaVu Sans}\n", encoding="utf-8")
    style = load_template(str(folder / "brief.yaml")).style
    assert style == {"logo": str(folder / "img" / "crest.png"), "docx": {"reference": str(folder / "ref.docx")},
                     "fonts": {"body": str(folder / "fonts" / "Body.ttf"), "headings": "DejaVu Sans"}}


HOUSE_STYLE = {"page": {"size": "A4", "margins_mm": {"top": 20}}, "fonts": {"body": "Serif"}, "cover": "full",
               "marking": {"colours": {"SECRET": "#c00000"}}}


def test_style_top_level_keys_are_checked_against_the_default_style(monkeypatch):
    monkeypatch.setattr(template_loader, "default_style", lambda: HOUSE_STYLE)
    [problem] = problems_of("sections: [summary]\nstyle:\n  page: {size: A4}\n  font: {body: Serif}\n")
    assert problem.startswith("my.yaml:4: unknown key 'font' in style (did you mean 'fonts'?); "
                              "allowed: cover, fonts, marking, page")


def test_style_blocks_keep_the_shape_of_the_default_style(monkeypatch):
    monkeypatch.setattr(template_loader, "default_style", lambda: HOUSE_STYLE)
    text = ("sections: [summary]\nstyle:\n  page:\n    sise: Letter\n  fonts: DejaVu Sans\n"
            "  cover: {kind: compact}\n  marking: {colours: {OFFICIAL: '#000000'}}\n")
    assert problems_of(text) == [
        "my.yaml:4: unknown key 'sise' in style page (did you mean 'size'?); allowed: size, margins_mm",
        "my.yaml:5: style fonts should be a mapping of body, not text ('DejaVu Sans')",
        "my.yaml:6: style cover should be a single value, not a mapping",
    ]


def test_style_must_be_a_mapping():
    [problem] = problems_of("sections: [summary]\nstyle: compact\n")
    assert problem.startswith("my.yaml:2: style should be a mapping")


# -- names, user templates, saving ------------------------------------------------------------

def test_user_template_hides_the_bundled_one_of_the_same_name(user_data):
    folder = user_data / "templates"
    folder.mkdir(parents=True)
    (folder / "standard.yaml").write_text("description: mine\nsections: [summary]\n", encoding="utf-8")
    assert load_template("standard").sections == [SectionSpec("summary", "Bottom line up front")]
    standard = [i for i in list_templates() if i.name == "standard"]
    assert [(i.origin, i.description) for i in standard] == [("user", "mine")]


def test_a_name_with_a_suffix_or_a_folder_is_a_file_and_a_bare_name_is_looked_up(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert find_template("one-pager") == asset("templates", "one-pager.yaml")
    assert find_template("one-pager.yaml") == Path("one-pager.yaml")
    assert find_template("sub/one-pager") == Path("sub/one-pager")
    with pytest.raises(BriefingError, match="no template named 'missing'; available: standard, "):
        load_template("missing")
    with pytest.raises(BriefingError, match=r"one-pager\.yaml: no such template file"):
        load_template("one-pager.yaml")


def test_list_shows_bundled_templates_standard_first_then_user_ones(user_data):
    save_template(Template("zz-mine", "My own", sections=[SectionSpec("summary", "Gist")]))
    infos = list_templates()
    assert infos[0].name == "standard" and infos[0].origin == "bundled"
    assert {i.name for i in infos if i.origin == "bundled"} == set(BUNDLED)
    assert infos[-1].name == "zz-mine" and infos[-1].origin == "user" and infos[-1].description == "My own"


def test_a_broken_user_template_is_listed_with_its_problem(user_data):
    folder = user_data / "templates"
    folder.mkdir(parents=True)
    (folder / "broken.yaml").write_text("sections:\n  - kind: nope\n", encoding="utf-8")
    [info] = [i for i in list_templates() if i.name == "broken"]
    assert info.problem and "broken.yaml:2: unknown section kind 'nope'" in info.problem


def test_save_without_a_path_writes_to_the_user_templates_folder(user_data):
    template = Template("weekly", sections=[SectionSpec("summary", "Gist", max_items=3)])
    path = save_template(template)
    assert path == user_templates_dir() / "weekly.yaml" and path.parent == user_data / "templates"
    assert load_template("weekly") == template


def test_save_refuses_a_template_that_would_not_load_and_writes_nothing(tmp_path):
    bad = Template("bad", sections=[SectionSpec("sumary", "Gist")])
    with pytest.raises(TemplateError, match="unknown section kind 'sumary'"):
        save_template(bad, tmp_path / "bad.yaml")
    assert list(tmp_path.iterdir()) == []


def test_save_refuses_a_name_that_is_not_a_plain_file_name():
    with pytest.raises(BriefingError, match="cannot be a template name"):
        save_template(Template("../escape", sections=[SectionSpec("summary", "Gist")]))


def test_saved_yaml_is_readable_one_line_per_section_and_omits_defaults(tmp_path):
    template = Template("t", sections=[SectionSpec("summary", "Gist", max_items=3),
                                       SectionSpec("quotes", "Quotes", enabled=False)],
                        watchlist=[WatchIssue("Ports", ["port"])])
    text = save_template(template, tmp_path / "t.yaml").read_text(encoding="utf-8")
    assert "  - {kind: summary, title: Gist, max_items: 3}\n" in text
    assert "  - {kind: quotes, title: Quotes, enabled: false}\n" in text
    data = yaml.safe_load(text)
    assert data["format"] == "briefing-template/1"
    assert all("min_sources" not in section and "options" not in section for section in data["sections"])


def test_saved_style_files_in_the_template_folder_are_written_relative_so_the_folder_can_move(tmp_path):
    folder = tmp_path / "pack"
    folder.mkdir()
    (tmp_path / "elsewhere").mkdir()
    (tmp_path / "elsewhere" / "ref.docx").write_bytes(b"PK reference")
    template = Template("t", sections=[SectionSpec("summary", "Gist")],
                        style={"logo": str(folder / "crest.png"), "docx": {"reference": str(tmp_path / "elsewhere" / "ref.docx")}})
    path = save_template(template, folder / "t.yaml")
    # a file from outside the folder is copied into it, so that the folder is the whole template
    assert yaml.safe_load(path.read_text(encoding="utf-8"))["style"] == {
        "logo": "crest.png", "docx": {"reference": "ref.docx"}}
    assert (folder / "ref.docx").read_bytes() == b"PK reference"
    moved = tmp_path / "moved"
    folder.rename(moved)
    assert load_template(str(moved / "t.yaml")).style["logo"] == str(moved / "crest.png")


def test_saving_a_template_whose_style_file_is_gone_says_so_and_writes_nothing(tmp_path):
    (tmp_path / "pack").mkdir()
    template = Template("t", sections=[SectionSpec("summary", "Gist")], style={"logo": str(tmp_path / "gone" / "crest.png")})
    with pytest.raises(BriefingError, match=r"t.yaml: style file .*crest.png is not there"):
        save_template(template, tmp_path / "pack" / "t.yaml")
    assert list((tmp_path / "pack").iterdir()) == []


def test_read_template_returns_every_problem_without_raising():
    template, problems = read_template("name: x\nsections: [summary, nope]\n", "x.yaml")
    assert template.name == "x" and [s.kind for s in template.sections] == ["summary"]
    assert problems == ["x.yaml:2: unknown section kind 'nope'; allowed: " + ", ".join(SECTION_KINDS)]


@pytest.mark.parametrize("entry", ["-", "- {}", "- null"])
def test_an_empty_section_entry_is_reported_as_an_empty_list_of_sections_is(entry):
    _, problems = read_template(f"format: briefing-template/1\nname: x\nsections:\n{entry}\n- summary\n", "t.yaml")
    assert len(problems) == 1 and problems[0].startswith("t.yaml:4: section 1 is empty; it needs a `kind`")
