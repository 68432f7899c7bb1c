"""Templates and project files are untrusted input: generated and spoiled ones load or are refused
in one line per problem, never with another exception, a hang or runaway memory."""

from __future__ import annotations

import re

import pytest
from fuzz_guard import SUPPORTED, Overrun, assert_one_line, crash_report, guard, no_crash_of_ours
from fuzz_inputs import project_texts, template_texts
from hypothesis import given
from hypothesis import strategies as st

from briefing.library import project_from_json, project_to_json, read_project
from briefing.model import BriefingError
from briefing.templates import TemplateError, parse_template, read_template, template_to_yaml
from briefing.templates.loader import load_template_file

pytestmark = pytest.mark.skipif(not SUPPORTED, reason="needs SIGVTALRM and RLIMIT_AS")

# A template or a project of a few kilobytes loads in milliseconds; five seconds is a hang.
LOAD_SECONDS = 5.0


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    return tmp_path_factory.mktemp("fuzzed")


def _only_ours(call, what: str):
    """call() under the budgets: its value, or None when it raised a BriefingError (checked)."""
    with guard(LOAD_SECONDS) as swallowed:
        try:
            value = call()
        except BriefingError as exc:
            assert_one_line(str(exc))
            value = None
        except Overrun as exc:
            pytest.fail(f"{what} ran over its budget\n{crash_report(exc)}")
        except Exception as exc:
            pytest.fail(f"{type(exc).__name__} escaped from {what}\n{crash_report(exc)}")
    no_crash_of_ours(swallowed)
    return value


@given(text=template_texts())
def test_template_text_loads_or_each_problem_is_one_located_line(text):
    found = _only_ours(lambda: read_template(text, "fuzzed.yaml"), "read_template")
    assert found is not None, "read_template reports problems, it does not raise them"
    template, problems = found
    lines = len(re.split(r"\r\n|\r|\n", text)) + 1      # as an editor counts them, and one past the end
    for problem in problems:
        assert_one_line(problem)
        assert problem.startswith("fuzzed.yaml:"), problem
        where = problem.split(":", 2)[1]
        assert not where.isdigit() or 1 <= int(where) <= lines, problem
    if not problems:
        # what loads cleanly writes back to a template that loads to the same
        again = _only_ours(lambda: parse_template(template_to_yaml(template), "again.yaml"), "the written template")
        assert again == template


@given(raw=st.one_of(template_texts().map(lambda t: t.encode("utf-8")), st.binary(max_size=300)))
def test_template_file_loads_or_is_refused_in_one_line(folder, raw):
    path = folder / "fuzzed.yaml"
    path.write_bytes(raw)
    _only_ours(lambda: load_template_file(path), "load_template_file")
    try:
        parse_template(raw.decode("utf-8", errors="replace"))
    except TemplateError as exc:
        assert exc.problems and all("\n" not in p for p in exc.problems)


@given(text=project_texts())
def test_project_text_loads_or_is_refused_in_one_line(text):
    project = _only_ours(lambda: project_from_json(text, None, "fuzzed.briefing"), "project_from_json")
    if project is not None:
        # a project that loads saves and loads again to the same documents, choices and options
        again = _only_ours(lambda: project_from_json(project_to_json(project), None, "again.briefing"),
                           "the saved project")
        assert again is not None
        assert [(d.included, d.excluded_headings) for d in again.documents] == \
            [(d.included, d.excluded_headings) for d in project.documents]
        assert again.options == project.options and again.template_name == project.template_name


@given(raw=st.one_of(project_texts().map(lambda t: t.encode("utf-8")), st.binary(max_size=300)))
def test_project_file_loads_or_is_refused_in_one_line(folder, raw):
    path = folder / "fuzzed.briefing"
    path.write_bytes(raw)
    _only_ours(lambda: read_project(path), "read_project")
