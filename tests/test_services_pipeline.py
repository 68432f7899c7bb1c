"""The services jobs the CLI and the window share: build, exclusions, cancel, bad input."""

import pytest

from briefing.model import BriefingError, CancelFlag, Cancelled, run_to_end
from briefing.services import Selection, build, compose, ingest

ARTICLE = """Harbour talks resume

Ruritanian Trade Minister Anna Berg met her Freedonian counterpart in Harbourtown on Monday.
The two sides agreed to reopen the northern port to container traffic next month.

Fishing Quotas

The dispute over fishing quotas remains unresolved after three rounds of talks.
Negotiators will meet again in March to discuss the quotas.
"""


@pytest.fixture
def folder(tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "b.txt").write_text(ARTICLE.replace("Monday", "Tuesday").replace("Harbour talks resume",
                                                                                 "Port deal"), encoding="utf-8")
    return tmp_path


def all_statement_texts(brief) -> str:
    return " ".join(s.text for sec in brief.sections for s in sec.statements
                    + [st for i in sec.issues for st in i.statements]) \
        + " ".join(e.text for sec in brief.sections for e in sec.events)


def test_build_reads_a_folder_and_cites_each_statement_to_a_source(folder):
    result = run_to_end(build([folder]))
    assert [d.path for d in result.documents] == [str(folder / "a.txt"), str(folder / "b.txt")]
    ids = {s.id for s in result.brief.sources}
    for section in result.brief.sections:
        for statement in section.statements:
            assert statement.citations and statement.citations[0].source in ids


def test_statement_text_is_verbatim_from_its_cited_source(folder):
    result = run_to_end(build([folder]))
    texts = {f"S{i}": d.text for i, d in enumerate(result.documents, 1)}
    for section in result.brief.sections:
        for statement in section.statements:
            c = statement.citations[0]
            assert texts[c.source][c.start:c.end] == statement.text


def test_excluded_heading_is_never_used(folder):
    selection = Selection(excluded_heading_titles={"Fishing Quotas"})
    result = run_to_end(build([folder], selection=selection))
    assert "quota" not in all_statement_texts(result.brief).lower()
    assert result.brief.sources[0].excluded_headings == ["Fishing Quotas"]


def test_excluded_document_is_not_a_source(folder):
    read = run_to_end(ingest([folder]))
    brief = run_to_end(compose(read.documents, selection=Selection(excluded_documents={read.documents[0].id})))
    assert [s.path for s in brief.sources] == [read.documents[1].path]


def test_unreadable_file_is_reported_and_the_rest_is_used(folder):
    (folder / "junk.txt").write_bytes(bytes(range(256)) * 40)
    result = run_to_end(build([folder]))
    assert len(result.documents) == 2
    assert [p.path for p in result.problems] == [str(folder / "junk.txt")]
    assert "not text" in result.problems[0].message


def test_nothing_usable_is_an_error_with_a_message(tmp_path):
    (tmp_path / "empty.txt").write_text("")
    with pytest.raises(BriefingError, match="no usable documents"):
        run_to_end(build([tmp_path]))


def test_cancelled_job_stops_with_cancelled(folder):
    flag = CancelFlag()
    flag.cancel()
    with pytest.raises(Cancelled):
        run_to_end(build([folder], cancel=flag))
