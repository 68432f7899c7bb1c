"""The documents list shows each document's outlet, date and where the date came from, for saved web
pages read many at a time (on every core) as for texts and PDFs; so does the brief's source list."""

from gui_helpers import run_job
from pypdf import PdfReader, PdfWriter
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import Paragraph, SimpleDocTemplate

from briefing.gui.documents_panel import DATE_COLUMN, DATED_BY_COLUMN, OUTLET_COLUMN, TITLE_COLUMN

PAGE = """<!doctype html><html><head><meta charset="utf-8"><title>{title} | Harbour Gazette</title>
<meta property="og:site_name" content="Harbour Gazette">
<meta property="article:published_time" content="2024-03-{day:02d}T08:00:00Z">
</head><body><nav><a href="/">Home</a> <a href="/ports">Ports</a></nav><article><h1>{title}</h1>
<p>The harbour authority of Ruritania said on Monday that berth {n} would open to container ships in May,
after two years of dredging and a long dispute over the contract with the builders of the quay.</p>
<h2>Traffic</h2>
<p>Shipping lines welcomed the decision, and the harbour master said traffic through the port would
double within three years, bringing work to the town and the region around it.</p></article>
<footer>Share this story. Sign up for our newsletter.</footer></body></html>"""


PAGES = 14          # read by the reader processes, as any batch is, on both cores


def make_pages(folder, count):
    folder.mkdir()
    for n in range(count):
        (folder / f"berth-{n:02d}.html").write_text(PAGE.format(title=f"Berth {n} to open in May", n=n, day=n + 1),
                                                     encoding="utf-8")
    (folder / "wire.txt").write_text("Quay builders paid in full\nPublished: 2 April 2024\n\nThe builders of the quay "
                                     "were paid in full on Tuesday, the harbour authority said.\n", encoding="utf-8")
    pdf = folder / "report.pdf"
    SimpleDocTemplate(str(pdf), pagesize=A4).build([Paragraph(
        "The harbour authority reported on Monday that dredging of the new berth was finished ahead of time.",
        getSampleStyleSheet()["Normal"])])
    writer = PdfWriter(clone_from=PdfReader(pdf))
    writer.add_metadata({"/CreationDate": "D:20240415090000Z"})
    writer.write(pdf)


def test_documents_list_shows_outlet_date_and_where_the_date_came_from(qtbot, window, tmp_path):
    make_pages(tmp_path / "docs", PAGES)
    assert run_job(qtbot, window, lambda: window.add_paths([str(tmp_path / "docs")])) == "succeeded"
    rows = {}
    for document in window.documents.documents():
        item = window.documents.item(document.id)
        rows[item.text(TITLE_COLUMN)] = (item.text(DATE_COLUMN), item.text(DATED_BY_COLUMN), item.text(OUTLET_COLUMN))
    assert len(rows) == PAGES + 2
    assert rows["Berth 3 to open in May"] == ("2024-03-04", "page metadata", "Harbour Gazette")
    assert rows["Quay builders paid in full"] == ("2024-04-02", "dateline", "")
    report = next(v for k, v in rows.items() if k.startswith("The harbour authority reported"))
    assert report == ("2024-04-15", "PDF properties", "")
    berth = next(d for d in window.documents.documents() if d.title == "Berth 3 to open in May")
    assert [h.title for h in berth.headings] == ["Traffic"]      # the page's own section, to leave out or keep
    assert "Home" not in berth.text and "newsletter" not in berth.text


def test_the_briefs_source_list_shows_the_same(qtbot, window, tmp_path):
    make_pages(tmp_path / "docs", 3)
    assert run_job(qtbot, window, lambda: window.add_paths([str(tmp_path / "docs")])) == "succeeded"
    assert run_job(qtbot, window, window.compose) == "succeeded"
    tree = window.review.tree
    texts = [tree.topLevelItem(i).child(j).text(0) for i in range(tree.topLevelItemCount())
             for j in range(tree.topLevelItem(i).childCount())]
    assert any("Berth 0 to open in May — Harbour Gazette, 2024-03-01 (page metadata)" in t for t in texts)
    assert any("Quay builders paid in full — 2024-04-02 (dateline)" in t for t in texts)
