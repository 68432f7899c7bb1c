"""A brief resting on hundreds of sources still prints: a table cell's citations never outgrow a page."""

import subprocess

from briefing.export import write_brief
from briefing.model import Actor, Brief, Citation, Event, Section, Source, Statement


def crowded_brief(sources: int = 600) -> Brief:
    """One actor named in every report and one event every report tells (a story told by many outlets)."""
    made = [Source(f"S{i}", f"Report {i} on the quay", f"/in/r{i}.txt") for i in range(1, sources + 1)]
    every = [Citation(s.id, 1, 0, 40) for s in made]
    every_other = every[::2]
    return Brief("Quay", sources=made, created="2026-01-01T00:00:00+00:00", sections=[
        Section("summary", "Bottom line", statements=[Statement("The quay of Calmor reopened on Monday.", every)]),
        Section("actors", "Key actors", actors=[
            Actor("Anselm Quist", role="Director", sources=[s.id for s in made], citations=every),
            Actor("Port authority", kind="organization", role="Operator", sources=[c.source for c in every_other],
                  citations=every_other)]),
        Section("timeline", "Timeline", events=[Event("2025-03-03", "Monday", "The quay reopened.", every_other)]),
        Section("sources", "Sources")])


def test_an_actor_and_an_event_cited_by_hundreds_of_sources_still_export_to_pdf(tmp_path):
    path = write_brief(crowded_brief(), tmp_path / "quay.pdf")
    text = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, check=True).stdout.decode()
    assert "[1–600]" in text                                    # every report: one run
    assert "… 276 more]" in text                                # every other report: 24 shown, the rest counted


def test_a_cell_with_a_few_citations_keeps_them_in_citation_order(tmp_path):
    brief = crowded_brief(sources=5)
    brief.sections[1].actors[0].citations = [Citation("S3", 0, 0, 1), Citation("S1", 0, 0, 1)]
    text = subprocess.run(["pdftotext", "-layout", str(write_brief(brief, tmp_path / "q.pdf")), "-"],
                          capture_output=True, check=True).stdout.decode()
    assert "Director [3, 1]" in text


def test_a_pdf_that_cannot_be_laid_out_is_a_one_line_error_and_the_old_file_stays(tmp_path, monkeypatch):
    import pytest
    from reportlab.platypus.doctemplate import LayoutError

    from briefing.export import pdf_writer
    from briefing.model import WriteError

    def too_tall(*args, **kwargs):
        raise LayoutError("Flowable too large")
    old = tmp_path / "quay.pdf"
    old.write_bytes(b"%PDF the older brief")
    monkeypatch.setattr(pdf_writer, "build_pdf", too_tall)
    with pytest.raises(WriteError, match=r"quay.pdf: the PDF cannot be laid out .*; export DOCX or Markdown instead"):
        write_brief(crowded_brief(5), old)
    assert old.read_bytes() == b"%PDF the older brief"
