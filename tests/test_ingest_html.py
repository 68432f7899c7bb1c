"""HTML: article text without scripts, styles or navigation; headings, title, date and outlet."""

import pytest

from briefing.ingest import read_document
from briefing.ingest.html import walk_page
from briefing.model import BriefingError

PAGE = """<!doctype html>
<html><head>
<meta charset="utf-8">
<title>Trade talks resume | The Daily Example</title>
<meta property="og:site_name" content="The Daily Example">
<meta property="og:title" content="Trade talks resume">
<meta property="article:published_time" content="2025-05-03T09:00:00+00:00">
<style>p { color: red }</style>
<script>document.write("Officials said the script ran.");</script>
</head><body>
<header class="site"><nav><a href="/">Home</a> <a href="javascript:alert(1)">World</a> Top Headlines</nav></header>
<div class="cookie-banner">We use cookies. Accept cookies</div>
<article>
  <header><h1>Trade talks resume</h1><time datetime="2025-05-03">3 May 2025</time></header>
  <p>The minister said on <b>Monday</b> that the talks would resume in Geneva &amp; Vienna.</p>
  <h2>Background</h2>
  <p>Talks collapsed in 2019 over tariffs.<br>Officials were cautious.</p>
  <ul><li>Steel tariffs were the first sticking point.</li><li>Border checks were the second.</li></ul>
  <figure><img src="x.jpg"><figcaption>Ministers shake hands. Reuters</figcaption></figure>
  <div class="share-buttons">Share on Facebook</div>
  <div class="more"><ul><li><a href="/a">Earlier talks collapse in Vienna</a></li>
  <li><a href="/b">Ministers trade barbs over tariffs.</a></li></ul></div>
  <p>Trade fell by 3.5% last year, <a href="/stats">official figures</a> show.</p>
  <h2>Outlook</h2>
  <blockquote><p>Ministers will meet again in May, the statement said.</p></blockquote>
  <form><input value="Your email"><button>Subscribe</button></form>
  <noscript>Please enable JavaScript to read on.</noscript>
  <iframe src="https://ads.example.com">Buy now.</iframe>
</article>
<aside>Most read: Something else happened.</aside>
<footer>Copyright 2025 The Daily Example.</footer>
</body></html>
"""


def read(tmp_path, page=PAGE, name="talks.html"):
    path = tmp_path / name
    path.write_bytes(page.encode("utf-8") if isinstance(page, str) else page)
    return read_document(path)


def test_scripts_styles_navigation_and_widgets_are_dropped(tmp_path):
    doc = read(tmp_path)
    for junk in ("script ran", "color: red", "Home", "Top Headlines", "cookies", "Share on Facebook",
                 "Subscribe", "Your email", "JavaScript", "Buy now", "Most read", "Copyright", "Reuters",
                 "Earlier talks collapse", "Ministers trade barbs"):
        assert junk not in doc.text, junk


def test_headings_title_date_and_outlet_come_from_the_page(tmp_path):
    doc = read(tmp_path)
    assert doc.title == "Trade talks resume"
    assert [(h.title, h.level) for h in doc.headings] == [("Background", 2), ("Outlook", 2)]
    assert doc.published == "2025-05-03" and doc.outlet == "The Daily Example"
    assert doc.heading_of(doc.sentences[-1]).title == "Outlook"


def test_paragraphs_and_list_items_become_sentences_with_entities_decoded(tmp_path):
    doc = read(tmp_path)
    texts = [s.text for s in doc.sentences]
    assert texts[0] == "The minister said on Monday that the talks would resume in Geneva & Vienna."
    assert "Officials were cautious." in texts and "Border checks were the second." in texts
    assert "Trade fell by 3.5% last year, official figures show." in texts    # a link inside prose stays
    assert texts[-1] == "Ministers will meet again in May, the statement said."
    for s in doc.sentences:
        assert doc.text[s.start:s.end] == s.text


def test_time_element_date_is_used_when_meta_is_missing(tmp_path):
    page = ("<html><body><article><h1>Talks</h1><time datetime='2024-11-02T10:00'>Saturday</time>"
            "<p>The minister said on Monday that the talks would resume in Geneva next month.</p>"
            "</article></body></html>")
    doc = read(tmp_path, page)
    assert doc.published == "2024-11-02" and doc.title == "Talks"


def test_title_falls_back_to_the_title_element(tmp_path):
    page = "<html><head><title>Budget Plans</title></head><body><p>The budget was passed on Monday.</p></body></html>"
    assert read(tmp_path, page).title == "Budget Plans"


@pytest.mark.parametrize("page", [
    "<html><body>" + "<div>" * 100_000 + "<p>Officials met in the capital on Monday.</p>",
    "<html><body>" + "<span><b><i>" * 30_000 + "<p>Officials met in the capital on Monday.</p>",
    "<html><body><p>Unclosed <b>bold <i>text<p>Officials met in the capital on Monday. </table></td><<<>>>",
    "<p>Officials met in the capital on Monday. &bogus; &#xFFFFFFF; &#0; <a href='javascript:void(0)'>x</a>",
    "<html><body><p>Officials met in the capital on Monday. " + "<a " * 50_000,
], ids=["deep divs", "deep inline", "broken tags", "bad entities and links", "endless unclosed tags"])
def test_hostile_html_reads_quickly_without_crashing(tmp_path, page):
    doc = read(tmp_path, page)
    assert any("Officials met in the capital on Monday." in s.text for s in doc.sentences)


def test_windows_1252_page_declared_in_meta_is_decoded(tmp_path):
    page = ("<html><head><meta charset='windows-1252'></head><body><p>The minister’s café plan was "
            "approved on Monday.</p></body></html>").encode("cp1252")
    doc = read(tmp_path, page)
    assert doc.sentences[0].text == "The minister’s café plan was approved on Monday."


def test_a_page_that_declares_utf8_but_is_latin1_is_still_decoded(tmp_path):
    page = ("<html><head><meta charset='utf-8'></head><body><p>Le ministre a déclaré lundi que les "
            "négociations reprendraient à Genève.</p></body></html>").encode("latin-1")
    assert read(tmp_path, page).sentences[0].text == "Le ministre a déclaré lundi que les négociations reprendraient à Genève."


def test_page_with_no_text_is_refused_with_a_message(tmp_path):
    with pytest.raises(BriefingError, match="no readable text"):
        read(tmp_path, "<html><head><script>var a = 1;</script></head><body><nav>Home</nav></body></html>")


def test_our_own_walk_keeps_a_story_wrapper_with_a_chrome_like_class(tmp_path):
    page = ("<html><body><div class='layout has-sidebar'><div class='story'>"
            "<p>The minister said on Monday that the talks would resume in Geneva.</p>"
            "<p>Officials were cautious about a deal this year.</p></div>"
            "<div class='sidebar'><p>Most read stories of the day.</p></div></div></body></html>")
    assert walk_page(page).text() == ("The minister said on Monday that the talks would resume in Geneva.\n\n"
                                      "Officials were cautious about a deal this year.\n")


def test_nested_dropped_elements_are_removed_once(tmp_path):
    page = ("<html><body>" + "<nav><form><input><script>x()</script><div class='menu'><div class='nav'>"
            "Home</div></div></form></nav>" * 200 + "<p>Officials met on Monday in the capital.</p></body></html>")
    assert read(tmp_path, page).text == "Officials met on Monday in the capital.\n"


def test_schema_org_linked_data_gives_headline_date_and_publisher(tmp_path):
    page = ("<html><head><script type='application/ld+json'>{\"@context\": \"https://schema.org\", \"@graph\": ["
            "{\"@type\": \"NewsArticle\", \"headline\": \"Talks resume in Geneva\", \"datePublished\": "
            "\"2025-03-04T08:00:00Z\", \"publisher\": {\"@type\": \"Organization\", \"name\": \"Example Wire\"}}]}"
            "</script><script type='application/ld+json'>{not json</script></head><body>"
            "<p>The minister said on Monday that the talks would resume in Geneva.</p></body></html>")
    doc = read(tmp_path, page)
    assert (doc.title, doc.published, doc.outlet) == ("Talks resume in Geneva", "2025-03-04", "Example Wire")


@pytest.mark.parametrize("charset", ["undefined", "idna", "punycode", "rot13", "no-such-charset"])
def test_a_page_declaring_a_codec_that_is_no_text_encoding_is_read_in_the_encoding_detected(tmp_path, charset):
    page = (f'<html><head><meta charset="{charset}"></head><body><p>Le ministre a déclaré lundi que les '
            "négociations reprendraient à Genève.</p></body></html>")
    path = tmp_path / "page.html"
    path.write_bytes(page.encode("latin-1"))
    assert read_document(path).sentences[0].text == "Le ministre a déclaré lundi que les négociations reprendraient à Genève."
