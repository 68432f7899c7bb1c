"""Every reader records the date, outlet and author a file states, and where the date came from;
a date the text states beats a file's creation date. (Invented pages and documents.)"""

import datetime as dt

import docx
import pytest
from pypdf import PdfReader, PdfWriter
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import Paragraph, SimpleDocTemplate

from briefing.ingest import read_document
from briefing.ingest.html_metadata import headline_of, outlet_from_title
from briefing.ingest.metadata import date_in_url, find_byline, pdf_date

BODY = ("<p>The port authority said on Friday that the new berth would open next month, after two years "
        "of dredging and a dispute over the contract.</p>"
        "<p>Shipping lines welcomed the decision, and the harbour master said traffic would double.</p>")


def read(tmp_path, content, name="page.html"):
    path = tmp_path / name
    path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
    return read_document(path)


def page(head="", body=BODY):
    return f"<!doctype html><html><head><meta charset='utf-8'>{head}</head><body><article>{body}</article></body></html>"


# --- HTML -------------------------------------------------------------------------------------

def test_a_page_states_its_date_outlet_author_and_address_in_its_markup(tmp_path):
    doc = read(tmp_path, page(
        "<title>Berth to open | Harbour Gazette</title>"
        "<meta property='og:site_name' content='Harbour Gazette'>"
        "<meta property='article:published_time' content='2024-03-08T07:30:00+01:00'>"
        "<meta name='author' content='Mara Quill'>"
        "<link rel='canonical' href='https://www.harbourgazette.example/ports/berth-to-open'>"))
    assert (doc.published, doc.date_source) == ("2024-03-08", "html-meta")
    assert (doc.outlet, doc.author) == ("Harbour Gazette", "Mara Quill")
    assert doc.url == "https://www.harbourgazette.example/ports/berth-to-open"
    assert doc.title == "Berth to open"


def test_without_date_markup_the_dateline_in_the_text_dates_the_page(tmp_path):
    doc = read(tmp_path, page(body="<p>Published: 8 March 2024</p>" + BODY))
    assert (doc.published, doc.date_source) == ("2024-03-08", "dateline")


def test_an_address_with_a_date_in_its_path_dates_a_page_that_states_none(tmp_path):
    doc = read(tmp_path, page("<link rel='canonical' href='https://news.example/2023/11/30/berth-opens/'>"))
    assert (doc.published, doc.date_source) == ("2023-11-30", "url")


def test_a_date_shown_beside_the_headline_is_found_in_the_page(tmp_path):
    doc = read(tmp_path, "<html><body><div class='post-header'><h1>Berth to open</h1><span class='entry-date'>"
                         "March 8, 2024</span></div><article>" + BODY * 3 + "</article></body></html>")
    assert doc.published == "2024-03-08" and doc.date_source in ("html-meta", "page-text", "dateline")


def test_a_copyright_year_alone_is_no_publication_date(tmp_path):
    doc = read(tmp_path, "<html><body><article>" + BODY + "</article><footer>© 2021 Harbour Gazette</footer>"
                         "</body></html>")
    assert doc.published is None and doc.date_source is None


def test_the_outlet_is_the_title_part_its_address_spells_else_the_host_name(tmp_path):
    doc = read(tmp_path, page("<title>Berth to open - Harbour Gazette</title>"
                              "<meta property='og:url' content='https://harbourgazette.example/a'>"))
    assert doc.outlet == "Harbour Gazette" and doc.title == "Berth to open"
    doc = read(tmp_path, page("<title>Berth to open</title><link rel='canonical' href='https://www.portnews.example/a'>"),
               "other.html")
    assert doc.outlet == "portnews.example"


def test_title_parts_and_outlet_names():
    assert outlet_from_title("Berth to open | Harbour Gazette", "harbourgazette.example") == "Harbour Gazette"
    assert outlet_from_title("Harbour Gazette: Berth to open", "harbourgazette.example") is None
    assert outlet_from_title("Berth to open | Opinion", "harbourgazette.example") is None
    assert headline_of("Berth to open – Harbour Gazette", "Harbour Gazette") == "Berth to open"
    assert headline_of("Harbour Gazette | Berth to open", "Harbour Gazette") == "Berth to open"
    assert headline_of("Berth to open - analysis", "Harbour Gazette") == "Berth to open - analysis"


def test_schema_org_author_and_publisher_objects_give_names(tmp_path):
    doc = read(tmp_path, page("<script type='application/ld+json'>{\"@type\": \"NewsArticle\", "
                              "\"author\": [{\"@type\": \"Person\", \"name\": \"Mara Quill\"}], "
                              "\"publisher\": {\"name\": \"Harbour Gazette\", \"logo\": {}}, "
                              "\"datePublished\": \"2024-03-08\"}</script>"))
    assert (doc.author, doc.outlet, doc.published) == ("Mara Quill", "Harbour Gazette", "2024-03-08")


@pytest.mark.parametrize("linked_data", [
    '{"@graph": true}', '{"@graph": {"@type": "WebSite", "name": "Harbour Gazette"}}', '[1, "x", null, [[]]]',
    '{"@type": {"a": 1}, "author": [[[["deep"]]]], "publisher": 7}', '{"@type": ["WebSite"], "name": [[]]}',
    '{"author": ' + '[' * 900 + ']' * 900 + '}',
], ids=["graph not a list", "graph an object", "list of anything", "odd types", "type list", "nested deep"])
def test_linked_data_of_any_shape_leaves_the_page_readable(tmp_path, linked_data):
    doc = read(tmp_path, page(f"<script type='application/ld+json'>{linked_data}</script>"))
    assert doc.sentences[0].text.startswith("The port authority said on Friday")
    assert doc.author is None or isinstance(doc.author, str)


def test_an_address_or_handle_is_not_taken_for_an_outlet_name(tmp_path):
    doc = read(tmp_path, page("<meta property='article:publisher' content='https://social.example/harbour'>"
                              "<meta name='twitter:site' content='@harbourgazette'>"))
    assert doc.outlet == "harbourgazette"


def test_a_plain_text_saved_as_a_web_page_reads_as_the_text_does(tmp_path):
    text = ("Port berth to open next month\nFriday, 8 March 2024\n\nThe port authority said on Friday that "
            "the new berth would open next month.\n\nShipping lines welcomed the decision.\n")
    as_text = read(tmp_path, text, "berth.txt")
    as_page = read(tmp_path, "<!DOCTYPE html><html><head><title></title></head><body><pre>" + text +
                   "</pre></body></html>", "berth.html")
    assert as_page.title == as_text.title == "Port berth to open next month"
    assert (as_page.published, as_page.date_source) == (as_text.published, as_text.date_source) == \
        ("2024-03-08", "dateline")
    assert [s.text for s in as_page.sentences] == [s.text for s in as_text.sentences]


def test_comments_under_the_article_are_not_its_text(tmp_path):
    comments = "".join(f"<li class='comment'><p>Reader {i} wrote that the berth is a waste of money and "
                       f"that the town deserves better than this.</p></li>" for i in range(5))
    doc = read(tmp_path, page(body=BODY * 3) .replace("</article>", f"</article><section id='comments'>"
                                                                    f"<ol>{comments}</ol></section>"))
    assert "waste of money" not in doc.text
    assert "harbour master" in doc.text


def test_every_sentence_is_a_span_of_the_text_and_headings_are_sections(tmp_path):
    body = ("<h1>Berth to open</h1>" + BODY + "<h2>Dredging</h2>" + BODY.replace("port", "harbour")
            + "<h2>Contract</h2>" + BODY.replace("berth", "quay"))
    doc = read(tmp_path, page("<title>Berth to open</title>", body))
    assert [h.title for h in doc.headings] == ["Dredging", "Contract"]
    assert doc.heading_of(doc.sentences[-1]).title == "Contract"
    for s in doc.sentences:
        assert doc.text[s.start:s.end] == s.text


# --- plain text and Markdown --------------------------------------------------------------------

def test_plain_text_dateline_and_byline(tmp_path):
    doc = read(tmp_path, "Berth to open\nBy Mara Quill\nPublished: 8 March 2024\n\nThe port authority said "
                         "on Friday that the berth would open.\n", "berth.txt")
    assert (doc.published, doc.date_source, doc.author) == ("2024-03-08", "dateline", "Mara Quill")


def test_plain_text_without_a_date_records_no_origin(tmp_path):
    doc = read(tmp_path, "The port authority said on Friday that the berth would open.\n", "berth.txt")
    assert doc.published is None and doc.date_source is None


def test_markdown_yaml_front_matter_gives_date_author_outlet_and_address(tmp_path):
    doc = read(tmp_path, "---\ntitle: Berth to open\ndate: 2024-03-08\nauthors:\n  - name: Mara Quill\n"
                         "publisher: Harbour Gazette\nurl: https://harbourgazette.example/berth\ntags: [ports]\n"
                         "---\n\nThe port authority said on Friday that the berth would open.\n", "berth.md")
    assert (doc.published, doc.date_source) == ("2024-03-08", "front-matter")
    assert (doc.author, doc.outlet, doc.url) == ("Mara Quill", "Harbour Gazette", "https://harbourgazette.example/berth")


def test_markdown_without_front_matter_uses_its_dateline(tmp_path):
    doc = read(tmp_path, "# Berth to open\n\nPublished: 8 March 2024\n\nThe port authority said on Friday that "
                         "the berth would open.\n", "berth.md")
    assert (doc.published, doc.date_source) == ("2024-03-08", "dateline")


# --- DOCX ---------------------------------------------------------------------------------------

def make_docx(path, first_line, created=dt.datetime(2026, 1, 5, 10, 0)):
    document = docx.Document()
    document.core_properties.author = "Mara Quill"
    document.core_properties.created = created
    document.add_paragraph("Berth to open")
    document.add_paragraph(first_line)
    document.add_paragraph("The port authority said on Friday that the berth would open next month.")
    document.save(path)
    return path


def test_docx_created_date_dates_a_document_whose_text_states_none(tmp_path):
    doc = read_document(make_docx(tmp_path / "a.docx", "Shipping lines welcomed the decision."))
    assert (doc.published, doc.date_source, doc.author) == ("2026-01-05", "docx-core", "Mara Quill")


def test_docx_dateline_beats_the_file_creation_date(tmp_path):
    doc = read_document(make_docx(tmp_path / "a.docx", "Friday, 8 March 2024"))
    assert (doc.published, doc.date_source) == ("2024-03-08", "dateline")
    assert doc.title == "Berth to open"           # no heading styles: the headline line is the title


# --- PDF ----------------------------------------------------------------------------------------

def make_pdf(path, lines, info=None, xmp_date=None):
    styles = getSampleStyleSheet()
    SimpleDocTemplate(str(path), pagesize=A4).build([Paragraph(line, styles["Normal"]) for line in lines])
    writer = PdfWriter(clone_from=PdfReader(path))
    writer.add_metadata(info or {})
    if xmp_date:
        writer.xmp_metadata = (
            '<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?><x:xmpmeta xmlns:x="adobe:ns:meta/">'
            '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description rdf:about="" '
            'xmlns:xmp="http://ns.adobe.com/xap/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">'
            f'<xmp:CreateDate>{xmp_date}</xmp:CreateDate><dc:creator><rdf:Seq><rdf:li>Mara Quill</rdf:li>'
            '</rdf:Seq></dc:creator></rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end="w"?>').encode()
    writer.write(path)
    return path


LINES = ["The port authority said on Friday that the berth would open next month, after two years of work.",
         "Shipping lines welcomed the decision, and the harbour master said traffic would double."]


def test_pdf_creation_date_dates_a_pdf_whose_text_states_none(tmp_path):
    doc = read_document(make_pdf(tmp_path / "a.pdf", LINES, {"/CreationDate": "D:20260105100000Z",
                                                            "/Author": "Mara Quill", "/Title": "Berth to open"}))
    assert (doc.published, doc.date_source, doc.author, doc.title) == \
        ("2026-01-05", "pdf-info", "Mara Quill", "Berth to open")


def test_pdf_dateline_beats_the_creation_date(tmp_path):
    doc = read_document(make_pdf(tmp_path / "a.pdf", ["Published: 8 March 2024", *LINES],
                                 {"/CreationDate": "D:20260105100000Z"}))
    assert (doc.published, doc.date_source) == ("2024-03-08", "dateline")


def test_pdf_xmp_dates_and_names_when_the_information_dictionary_does_not(tmp_path):
    path = make_pdf(tmp_path / "a.pdf", LINES, {"/CreationDate": ""}, xmp_date="2025-06-30T12:00:00Z")
    doc = read_document(path)
    assert (doc.published, doc.date_source, doc.author) == ("2025-06-30", "pdf-xmp", "Mara Quill")


# --- helpers --------------------------------------------------------------------------------------

@pytest.mark.parametrize(("url", "expected"), [
    ("https://news.example/2024/03/08/berth", "2024-03-08"),
    ("https://news.example/world/2024-03-08-berth-to-open", "2024-03-08"),
    ("https://news.example/20240308/berth", "2024-03-08"),
    ("https://news.example/story/202403081234567", None),       # a long id, not a date
    ("https://news.example/2024/13/40/berth", None),
    (None, None),
])
def test_dates_in_addresses(url, expected):
    assert date_in_url(url) == expected


def test_pdf_dates_and_bylines():
    assert pdf_date("D:20240308093000+01'00'") == "2024-03-08"
    assert pdf_date("D:2024") is None and pdf_date("garbage") is None
    assert find_byline("Berth to open\nBy Mara Quill\n\nText.") == "Mara Quill"
    assert find_byline("Berth to open\n\nText by the desk.") is None


def test_every_date_origin_a_reader_records_has_words_for_the_window_and_the_exports():
    from briefing.ingest import metadata
    from briefing.model import DATE_SOURCE_LABELS
    origins = {metadata.DATELINE, metadata.FRONT_MATTER, metadata.HTML_META, metadata.URL, metadata.PAGE_TEXT,
               metadata.PDF_INFO, metadata.PDF_XMP, metadata.DOCX_CORE}
    assert origins <= set(DATE_SOURCE_LABELS)


def test_a_sites_own_h1_is_not_the_title_when_the_title_element_names_the_story(tmp_path):
    doc = read(tmp_path, "<html><head><title>Berth to open | Harbour Gazette</title><meta property='og:site_name' "
                         "content='Harbour Gazette'></head><body><div class='masthead'><h1>Navigation and service</h1>"
                         "</div><article>" + BODY * 3 + "</article></body></html>")
    assert doc.title == "Berth to open"


def test_a_social_media_handle_names_the_outlet_only_when_nothing_else_does(tmp_path):
    doc = read(tmp_path, page("<title>Berth to open | Harbour Gazette</title><meta name='twitter:site' "
                              "content='@harbourgaz'><link rel='canonical' href='https://harbourgazette.example/a'>"))
    assert doc.outlet == "Harbour Gazette"


def test_accented_outlet_names_match_their_plain_addresses():
    assert outlet_from_title("Berth to open | Gazeta Portowa Łódź", "gazetaportowalodz.example") == \
        "Gazeta Portowa Łódź"


def test_a_web_agency_in_the_author_tag_is_no_author(tmp_path):
    doc = read(tmp_path, page("<meta name='author' content='Example Web Design GmbH www.webdesign.example'>"))
    assert doc.author is None
