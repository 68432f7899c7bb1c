"""PDF: text pages joined into paragraphs, hyphens undone, outline headings, metadata; bad PDFs refused."""

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.pdfgen import canvas
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate

from briefing.ingest import read_document
from briefing.model import BriefingError

BODY = ("The negotiations between the two governments resumed on Monday after a long pause, officials "
        "said. Both delegations described the first session as constructive and agreed to meet again "
        "within a month to discuss tariffs and the disputed border. ")


class OutlinedDoc(SimpleDocTemplate):
    """Adds an outline entry for every heading paragraph, as word processors do."""

    def afterFlowable(self, flowable):
        if isinstance(flowable, Paragraph) and flowable.style.name.startswith("Heading"):
            key = f"h{id(flowable)}"
            self.canv.bookmarkPage(key)
            self.canv.addOutlineEntry(flowable.getPlainText(), key, level=int(flowable.style.name[-1]) - 1)


def make_pdf(path, outline=True):
    styles = getSampleStyleSheet()
    cls = OutlinedDoc if outline else SimpleDocTemplate
    doc = cls(str(path), pagesize=A4, title="Talks resume in Geneva", author="Desk")
    doc.build([Paragraph("Talks Resume in Geneva", styles["Heading1"]), Paragraph(BODY * 3, styles["Normal"]),
               Paragraph("Background", styles["Heading2"]), Paragraph(BODY * 2, styles["Normal"]), PageBreak(),
               Paragraph("Outlook", styles["Heading2"]),
               Paragraph("Ministers will meet again in May, the statement said.", styles["Normal"])])
    return path


def test_wrapped_lines_are_joined_into_whole_sentences(tmp_path):
    doc = read_document(make_pdf(tmp_path / "talks.pdf"))
    texts = [s.text for s in doc.sentences]
    assert texts[0] == "The negotiations between the two governments resumed on Monday after a long pause, officials said."
    assert texts.count(texts[1]) == 5
    assert texts[-1] == "Ministers will meet again in May, the statement said."
    for s in doc.sentences:
        assert doc.text[s.start:s.end] == s.text and "\n" not in s.text


def test_outline_entries_are_headings_found_in_the_text(tmp_path):
    doc = read_document(make_pdf(tmp_path / "talks.pdf"))
    assert doc.title == "Talks resume in Geneva"
    # the visible headline is the metadata title in other capitals: a title, not a section
    assert [(h.title, h.level) for h in doc.headings] == [("Background", 2), ("Outlook", 2)]
    for h in doc.headings:
        assert doc.text[h.start:h.end] == h.title
    assert doc.heading_of(doc.sentences[-1]).title == "Outlook"


def test_without_an_outline_title_like_lines_are_headings(tmp_path):
    doc = read_document(make_pdf(tmp_path / "plain.pdf", outline=False))
    assert "Background" in [h.title for h in doc.headings]


def test_line_end_hyphens_are_undone_and_page_numbers_dropped(tmp_path):
    path = tmp_path / "hyphen.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    for page, day in enumerate(["Monday", "Tuesday", "Friday"]):
        lines = ["The delegations resumed their negoti-", f"ations on {day} after a pause of three",
                 "years, and both sides called the first", "session constructive and well prepared."]
        y = 800
        c.drawString(72, y, "Trade Monitor Weekly")
        for line in lines:
            y -= 16
            c.drawString(72, y, line)
        c.drawString(300, 40, str(page + 1))
        c.showPage()
    c.save()
    doc = read_document(path)
    assert doc.sentences[0].text == ("The delegations resumed their negotiations on Monday after a pause of three "
                                     "years, and both sides called the first session constructive and well prepared.")
    assert "Trade Monitor Weekly" not in doc.text
    assert len(doc.sentences) == 3


def test_encrypted_pdf_is_refused_with_what_to_do(tmp_path):
    path = tmp_path / "locked.pdf"
    c = canvas.Canvas(str(path), encrypt="secret")
    c.drawString(72, 720, "The minister said on Monday that the talks would resume.")
    c.save()
    with pytest.raises(BriefingError, match="password-protected"):
        read_document(path)


def test_image_only_pdf_is_refused_with_what_to_do(tmp_path):
    path = tmp_path / "scan.pdf"
    c = canvas.Canvas(str(path))
    c.rect(72, 72, 300, 500, fill=1)
    c.save()
    with pytest.raises(BriefingError, match="no text layer"):
        read_document(path)


@pytest.mark.parametrize("content", [
    b"%PDF-1.4 this is not really a pdf",
    b"%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF",
], ids=["garbage after header", "no pages"])
def test_corrupt_pdf_is_a_one_line_message(tmp_path, content):
    path = tmp_path / "broken.pdf"
    path.write_bytes(content)
    with pytest.raises(BriefingError) as caught:
        read_document(path)
    assert "\n" not in str(caught.value)


def test_truncated_pdf_is_a_one_line_message(tmp_path):
    whole = make_pdf(tmp_path / "talks.pdf").read_bytes()
    path = tmp_path / "half.pdf"
    path.write_bytes(whole[: len(whole) // 3])
    try:
        doc = read_document(path)
    except BriefingError as exc:
        assert "\n" not in str(exc)
    else:   # pypdf may recover the pages it has; then what it gives must be sound
        assert all(doc.text[s.start:s.end] == s.text for s in doc.sentences)


def test_numbered_outline_headings_at_each_page_top_are_not_running_heads(tmp_path):
    styles = getSampleStyleSheet()
    flow = []
    for i in range(1, 6):
        flow += [Paragraph(f"Chapter {i}", styles["Heading1"]), Paragraph(BODY, styles["Normal"]), PageBreak()]
    path = tmp_path / "chapters.pdf"
    OutlinedDoc(str(path), pagesize=A4).build(flow)     # no title: reportlab writes "(anonymous)"
    doc = read_document(path)
    assert doc.title == "Chapter 1"
    assert [h.title for h in doc.headings] == [f"Chapter {i}" for i in range(2, 6)]


def typed_pdf(path, lines, step=12, gap_after=()):
    """A page of monospaced lines as a word processor sets a plain text: one line every `step`
    points, an extra line of space after the line numbers in `gap_after`."""
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont("Courier", 10)
    y = 800
    for number, line in enumerate(lines):
        c.drawString(56, y, line)
        y -= step * (2 if number in gap_after else 1)
    c.save()
    return path


# Lines wrapped at 60 characters, as the layout would (the next word never fits)
HARBOUR = ["The harbour authority said on Friday that the new container",
           "berth would open next month, after two years of dredging and",
           "a long dispute over the contract with the builders of the",
           "quay. Shipping lines welcomed the decision and said that the",
           "traffic through the port would double within the next three",
           "years, bringing work to the town and to the region around it."]


def test_a_headline_that_ends_before_the_line_is_full_is_not_run_into_the_story(tmp_path):
    headline = "Harbour berth to open next month after long dispute"      # "The" would have fitted
    doc = read_document(typed_pdf(tmp_path / "berth.pdf", [headline, *HARBOUR]))
    assert doc.title == headline
    assert doc.sentences[0].text.startswith("The harbour authority said on Friday")


def test_a_dateline_under_a_full_headline_stands_on_its_own(tmp_path):
    headline = "Harbour berth to open next month after a long dispute ends"  # "Friday," would not fit
    doc = read_document(typed_pdf(tmp_path / "berth.pdf", [headline, "Friday, 8 March 2024", *HARBOUR]))
    assert doc.title == headline
    assert (doc.published, doc.date_source) == ("2024-03-08", "dateline")


def test_where_the_page_leaves_gaps_they_alone_end_paragraphs(tmp_path):
    first = HARBOUR[:3] + ["quay. Shipping lines welcomed the decision on Friday evening.",
                           "Traffic through the port would double within three years."]
    second = ["The council will vote on the budget for the new berth in May."]
    doc = read_document(typed_pdf(tmp_path / "gap.pdf", first + second, gap_after={4}))
    assert doc.text.strip().split("\n\n") == [" ".join(first), second[0]]      # a blank line where the gap is


def test_without_gaps_a_full_line_that_ends_a_sentence_may_end_its_paragraph(tmp_path):
    caption = ["The new quay seen from the harbour wall at dawn on Friday, 8", "March. Photo by the harbour authority."]
    lines = [*HARBOUR[:3], "quay. Shipping lines welcomed the decision in the council.", *caption,
             "The council will vote on the budget for the new berth in May,", "the mayor said after the meeting."]
    doc = read_document(typed_pdf(tmp_path / "caption.pdf", lines))
    assert " ".join(caption) in doc.text.splitlines()
    assert doc.sentences[-1].text == "The council will vote on the budget for the new berth in May, the mayor said after the meeting."


def test_a_note_in_brackets_on_a_line_of_its_own_is_not_run_into_the_next_paragraph(tmp_path):
    note = "[Related: Harbour dredging finished early, berth opens in May]"
    doc = read_document(typed_pdf(tmp_path / "note.pdf", [*HARBOUR[:3], "quay.", note, *HARBOUR[3:]]))
    assert note in doc.text.splitlines()


def test_line_end_hyphens_keep_compounds_and_undo_word_breaks(tmp_path):
    lines = ["The harbour authority said that the brief and rather short-",
             "lived truce between the two builders had ended in mid-",
             "January, when the long and rather difficult negoti-",
             "ations over the price of the quay collapsed for a third time.", *HARBOUR]
    doc = read_document(typed_pdf(tmp_path / "hyphens.pdf", lines))
    assert doc.sentences[0].text == ("The harbour authority said that the brief and rather short-lived truce between "
                                     "the two builders had ended in mid-January, when the long and rather difficult "
                                     "negotiations over the price of the quay collapsed for a third time.")


def test_a_dash_that_a_full_line_runs_into_is_prose_not_a_bullet(tmp_path):
    lines = HARBOUR[:2] + ["a long dispute over the contract with the two main builders",
                           "- the dredging firm and the crane makers - over the price.", *HARBOUR[4:]]
    doc = read_document(typed_pdf(tmp_path / "dash.pdf", lines))
    assert any("builders - the dredging firm" in s.text for s in doc.sentences)
