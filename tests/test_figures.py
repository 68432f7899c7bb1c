"""Figures: what they show comes from the brief's own items, labels never overlap, the template
places them, and every format carries them (vector in PDF, pictures with alt text in DOCX, PNGs
beside Markdown), read back as a reader's tools would."""

import io
import re
import shutil
import subprocess
from datetime import date

import docx
import pytest
from docx.oxml.ns import qn
from PIL import Image
from pypdf import PdfReader

from briefing.export import write_brief
from briefing.export.figures import _Label, draw_figure, pen_for, place_labels, timeline_figure
from briefing.export.style import resolve_style
from briefing.model import (
    Actor,
    Brief,
    Citation,
    Event,
    Figure,
    Issue,
    Section,
    Source,
    Statement,
)
from briefing.model.figures import actor_issue_matrix, date_axis, figure_data, source_overview, timeline_chart
from briefing.templates import parse_template, template_to_yaml


def cite(source="S1"):
    return [Citation(source, 0, 0, 5)]


def day(iso: str) -> int:
    return date.fromisoformat(iso).toordinal()


def invented_brief(events=None) -> Brief:
    """An invented story: two actors, two issues, events over three weeks and two old years."""
    events = events or [
        Event("1998", "1998", "The harbour treaty was first signed in 1998.", cite("S1")),
        Event("2011-05", "May 2011", "A first dispute over the quay went to arbitration.", cite("S2")),
        Event("2025-03-03", "Monday", "Dockworkers at Velmora walked out over pay.", cite("S1")),
        Event("2025-03-05", "Wednesday", "The Velmora Port Authority cancelled talks.", cite("S2")),
        Event("2025-03-05", "Wednesday", "Ferries were held at anchor for a second day.", cite("S3")),
        Event("2025-03-12", "March 12", "Mediators met both sides in the capital.", cite("S3")),
        Event("2025-03-28", "March 28", "A vote on the new offer is due.", cite("S3"), planned=True),
    ]
    return Brief(
        "Harbour strike", created="2025-03-14T09:00:00+00:00",
        sources=[Source("S1", "Dockworkers walk out", "in/a.txt", "Harbour Times", "2025-03-03"),
                 Source("S2", "Talks cancelled", "in/b.txt", "Coast Post", "2025-03-05", flags=["truncated"]),
                 Source("S3", "Mediators step in", "in/c.txt", "Harbour Times", "2025-03-12")],
        sections=[
            Section("actors", "Key actors", actors=[
                Actor("Ilse Marquard", "person", "union leader", aliases=["Marquard"]),
                Actor("Velmora Port Authority", "organization", aliases=["VPA"]),
                Actor("Tobias Renn", "person", "mayor")]),
            Section("issues", "Open issues", issues=[
                Issue("Pay offer", statements=[
                    Statement("Marquard rejected the pay offer on Monday.", cite("S1")),
                    Statement("The VPA said the offer was final.", cite("S2")),
                    Statement("Marquard called the offer an insult.", cite("S3"))]),
                Issue("Ferry service", statements=[
                    Statement("The VPA held ferries at anchor.", cite("S2"))])]),
            Section("timeline", "Timeline", events=events),
            Section("sources", "Sources"),
        ],
        figures=[Figure("timeline", "timeline"), Figure("actor-issues", "issues"), Figure("sources", "sources")])


def test_timeline_chart_shows_the_briefs_own_dated_events_and_marks_the_planned_ones():
    chart = timeline_chart(invented_brief())
    assert [p.day.iso for p in chart.points] == ["1998", "2011-05", "2025-03-03", "2025-03-05", "2025-03-12",
                                                  "2025-03-28"]
    assert [p.events for p in chart.points] == [(1,), (2,), (3,), (4, 5), (6,), (7,)]
    assert [p.planned for p in chart.points] == [False] * 5 + [True]
    assert chart.as_of.iso == "2025-03-12"                    # the latest source date
    assert {c.source for c in chart.citations} == {"S1", "S2", "S3"}


def test_old_years_are_broken_out_so_the_recent_weeks_keep_a_linear_scale():
    axis = date_axis([day("1998-07-01"), day("2011-05-15"), day("2025-03-03"), day("2025-03-05"),
                      day("2025-03-12"), day("2025-03-28")])
    assert [s.linear for s in axis] == [False, True]
    assert axis[0].years == (1998, 2011)
    assert (axis[1].start, axis[1].end) == (day("2025-03-03"), day("2025-03-28"))


def test_a_story_of_steady_weeks_keeps_one_linear_axis():
    days = [day("2024-01-01") + 20 * k for k in range(12)]
    assert [s.linear for s in date_axis(days)] == [True]


def test_a_far_off_planned_year_is_broken_out_after_the_main_stretch():
    axis = date_axis([day("2025-03-03"), day("2025-03-05"), day("2025-03-09"), day("2031-07-01")])
    assert [s.linear for s in axis] == [True, False] and axis[1].years == (2031,)


def test_matrix_marks_an_actor_where_an_issues_statements_name_them_by_name_or_alias():
    matrix = actor_issue_matrix(invented_brief())
    assert matrix.actors == ["Ilse Marquard", "Velmora Port Authority"]      # the mayor is named nowhere
    assert matrix.issues == ["Pay offer", "Ferry service"]
    marks = {(matrix.actors[m.actor], matrix.issues[m.issue]): m.statements for m in matrix.marks}
    assert marks == {("Ilse Marquard", "Pay offer"): 2, ("Velmora Port Authority", "Pay offer"): 1,
                     ("Velmora Port Authority", "Ferry service"): 1}
    assert matrix.issue_places == [(1, 0), (1, 1)]


def test_matrix_does_not_mark_a_name_inside_a_longer_word():
    brief = invented_brief()
    brief.sections[0].actors = [Actor("Renn", "person")]
    brief.sections[1].issues[1].statements = [Statement("Rennfield councillors met.", cite())]
    assert actor_issue_matrix(brief) is None


def test_source_overview_rows_are_outlets_with_dates_and_flags():
    overview = source_overview(invented_brief())
    assert overview.outlets == ["Harbour Times", "Coast Post"]
    assert [p.number for p in overview.rows["Harbour Times"]] == [1, 3]
    assert overview.rows["Coast Post"][0].source.flags == ["truncated"]


def test_a_figure_with_nothing_to_show_is_left_out():
    brief = invented_brief(events=[Event("2025-03-03", "", "One event only.", cite())])
    assert figure_data(brief, "timeline") is None
    brief.sources = [Source("S1", "Undated", "a.txt"), Source("S2", "Undated too", "b.txt")]
    assert figure_data(brief, "sources") is None


def _overlap(a, b) -> bool:
    return a.lane == b.lane and a.left < b.left + b.width and b.left < a.left + a.width


def test_crowded_labels_never_overlap_and_never_cross_a_leader_line():
    labels = [_Label(20 + k * 25, f"{k} March 2025", 40) for k in range(14)]
    assert place_labels(labels, 0, 400)
    assert max(label.lane for label in labels) > 0
    for i, a in enumerate(labels):
        for b in labels[i + 1:]:
            assert not _overlap(a, b)
        for b in labels:
            if b.lane < a.lane:         # a's leader line runs down through the lower lanes
                assert not (b.left <= a.x <= b.left + b.width)


def test_labels_on_one_spot_cannot_all_have_a_lane():
    labels = [_Label(100 + k * 0.5, f"{k} Mar", 22) for k in range(12)]
    assert not place_labels(labels, 0, 400)       # so the chart lets neighbours share a label (below)


def test_a_timeline_too_dense_for_its_lanes_joins_neighbours_into_one_label():
    events = [Event(f"2025-03-{d:02d}", "", f"Event on day {d}.", cite()) for d in range(1, 29)]
    chart = timeline_chart(invented_brief(events=events))
    style = resolve_style(None)
    drawn = timeline_figure(chart, 200, pen_for(style))      # a narrow figure: labels must share
    texts = [s.text for s in _strings(drawn.drawing) if "–" in s.text or re.match(r"\d+ Mar", s.text)]
    assert any("–" in t for t in texts)                       # '1 Mar – 4 Mar ×4'
    boxes = [(s.x, s.y) for s in _strings(drawn.drawing)]
    assert len(boxes) == len(set(boxes))


def test_the_latest_source_line_never_runs_through_a_label():
    """The dashed 'latest source' line stands at a day that often has events of its own, whose
    label sits right above it: the line breaks around every label it would cross."""
    from reportlab.graphics.shapes import Line
    from reportlab.pdfbase.pdfmetrics import stringWidth
    chart = timeline_chart(invented_brief())                 # the latest source's day has an event
    drawn = timeline_figure(chart, 420, pen_for(resolve_style(None)))
    dashed = [n for n in _nodes(drawn.drawing) if isinstance(n, Line) and n.strokeDashArray and n.x1 == n.x2]
    crossings = 0
    for line in dashed:
        low, high = sorted((line.y1, line.y2))
        for text in _strings(drawn.drawing):
            if text.textAnchor == "start" and text.x <= line.x1 <= text.x + stringWidth(text.text, text.fontName,
                                                                                          text.fontSize):
                crossings += 1
                assert high <= text.y - text.fontSize * 0.25 or low >= text.y + text.fontSize * 0.8, text.text
    assert crossings                                          # a label stands across the line's x


def _nodes(node):
    from reportlab.graphics.shapes import Group
    out = []
    for child in getattr(node, "contents", []):
        out += _nodes(child) if isinstance(child, Group) else [child]
    return out


def _strings(node):
    from reportlab.graphics.shapes import Group, String
    out = []
    for child in getattr(node, "contents", []):
        if isinstance(child, String):
            out.append(child)
        elif isinstance(child, Group):
            out += _strings(child)
    return out


def test_template_places_figures_and_reports_a_bad_one_by_line():
    text = ("format: briefing-template/1\nname: t\nsections:\n  - {kind: timeline}\n  - {kind: issues}\n"
            "figures:\n  - timeline\n  - {kind: actor-issues, place: end}\n  - {kind: sources}\n")
    with pytest.raises(Exception, match=r":9: figure 'sources' goes in the sources section, which this "
                                        r"template does not have"):
        parse_template(text)
    template = parse_template(text.replace("  - {kind: sources}\n", ""))
    assert [(f.kind, f.section, f.place) for f in template.figures] == [("timeline", "timeline", "start"),
                                                                       ("actor-issues", "issues", "end")]
    assert parse_template(template_to_yaml(template)) == template
    with pytest.raises(Exception, match=r":7: unknown figure kind 'timelines' \(did you mean 'timeline'\?\)"):
        parse_template(text.replace("  - timeline", "  - timelines"))


def test_pdf_figures_are_vector_with_numbered_captions_and_the_matrix_links_to_its_issues(tmp_path):
    path = write_brief(invented_brief(), tmp_path / "brief.pdf", style={"cover": "compact"})
    reader = PdfReader(path)
    assert not any(page.images for page in reader.pages)      # drawn, not pasted in as pictures
    text = " ".join(page.extract_text() for page in reader.pages)
    for n in (1, 2, 3):
        assert f"Figure {n}:" in text
    assert "Marquard" in text and "Pay offer" in text and "Harbour Times" in text
    # bookmarks (the issues' headings) are whole-page destinations; citations point at a spot
    links = [a.get_object()["/Dest"] for page in reader.pages for a in page.get("/Annots", [])
             if a.get_object().get("/Subtype") == "/Link" and a.get_object()["/Dest"][1] == "/Fit"]
    assert len(links) == 2                     # no contents list under a compact cover: the two issues
    heading_page = next(n for n, page in enumerate(reader.pages) if "Ferry service" in page.extract_text()
                        and "The VPA held ferries at anchor." in page.extract_text())
    assert {reader.get_page_number(dest[0].get_object()) for dest in links} == {heading_page}


def test_a_pdf_with_figures_names_only_embedded_fonts(tmp_path):
    pdf = PdfReader(write_brief(invented_brief(), tmp_path / "b.pdf"))
    for page in pdf.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descriptor = font.get("/FontDescriptor")
            assert descriptor is not None and "/FontFile2" in descriptor.get_object(), font["/BaseFont"]


def test_docx_figures_are_crisp_pictures_with_alt_text_and_numbered_captions(tmp_path):
    path = write_brief(invented_brief(), tmp_path / "brief.docx")
    document = docx.Document(path)
    shapes = document.inline_shapes
    assert len(shapes) == 3
    for shape in shapes:
        alt = shape._inline.docPr.get("descr")
        assert alt and len(alt) > 40
        blob = document.part.related_parts[shape._inline.graphic.graphicData.pic.blipFill.blip.embed].blob
        width_px = Image.open(io.BytesIO(blob)).size[0]
        assert width_px / (shape.width.inches) >= 192           # 200 % zoom on a 96 dpi screen
    captions = [p.text for p in document.paragraphs if p.style.name == "Caption"]
    assert [c.split(":")[0] for c in captions] == ["Figure 1", "Figure 2", "Figure 3"]
    codes = [t.text.strip() for t in document.element.body.iter(qn("w:instrText"))]
    assert codes.count("SEQ Figure \\* ARABIC") == 3
    alts = " ".join(s._inline.docPr.get("descr") for s in shapes)
    assert "Ilse Marquard: Pay offer" in alts and "1 of them planned" in alts


def test_markdown_links_pngs_written_beside_it(tmp_path):
    path = write_brief(invented_brief(), tmp_path / "brief.md")
    text = path.read_text(encoding="utf-8")
    links = re.findall(r"!\[([^\]]+)\]\(([^)]+)\)", text)
    assert [name for _, name in links] == ["brief-figure-1.png", "brief-figure-2.png", "brief-figure-3.png"]
    for alt, name in links:
        assert Image.open(tmp_path / name).format == "PNG" and len(alt) > 40
    assert "*Figure 2: " in text


def test_json_records_the_templates_figures(tmp_path):
    import json
    data = json.loads(write_brief(invented_brief(), tmp_path / "b.json").read_text(encoding="utf-8"))
    assert [f["kind"] for f in data["figures"]] == ["timeline", "actor-issues", "sources"]
    assert Brief.from_dict(data).figures == invented_brief().figures


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")
def test_figure_labels_read_back_from_the_pdf(tmp_path):
    path = write_brief(invented_brief(), tmp_path / "brief.pdf")
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    assert "28 Mar" in text and "5 Mar ×2" in text and "1998" in text


def test_figures_follow_edits_to_the_brief():
    brief = invented_brief()
    brief.sections[2].events = brief.sections[2].events[2:]
    chart = figure_data(brief, "timeline").data
    assert [s.linear for s in chart.axis] == [True]
    drawn = draw_figure(figure_data(brief, "timeline"), 400, resolve_style(None))
    assert "1998" not in drawn.alt
